package dev.retort.maven;

import dev.retort.Retort;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort:status}: every revision with its marks and file, where the database is, what is pending. */
@Mojo(name = "status", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class StatusMojo extends RetortMojo {

    @Override
    void run(Retort retort) {
        Reports.status(retort.status()).forEach(getLog()::info);
    }
}
