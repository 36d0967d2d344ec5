package dev.retort.maven;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.project.MavenProject;

/**
 * The project's compiled classes and its compile and runtime dependencies: the class path of a Java or entity
 * model and of {@code classpath:} locations. Read from this build, so a model is never an older compilation.
 * Closing it closes the loader.
 */
final class ProjectClasspath implements AutoCloseable {

    private final List<String> elements;
    private final URLClassLoader loader;

    private ProjectClasspath(List<String> elements, URLClassLoader loader) {
        this.elements = List.copyOf(elements);
        this.loader = loader;
    }

    /**
     * @param project the project, whose dependencies the goal has asked Maven to resolve
     * @param plugin  the plugin's own loader, the parent: Retort's classes and the JDBC drivers come from there
     */
    static ProjectClasspath of(MavenProject project, ClassLoader plugin) {
        Set<String> elements = new LinkedHashSet<>();
        try {
            elements.addAll(project.getCompileClasspathElements());
            elements.addAll(project.getRuntimeClasspathElements());
        } catch (DependencyResolutionRequiredException e) {
            // every goal asks for resolution, so this means a goal without it: its own output directory still serves
            elements.add(project.getBuild().getOutputDirectory());
        }
        List<URL> urls = new ArrayList<>();
        for (String element : elements) {
            try {
                urls.add(new File(element).toURI().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalStateException("class path element " + element + " is not a path", e);
            }
        }
        return new ProjectClasspath(new ArrayList<>(elements), new URLClassLoader(urls.toArray(URL[]::new), plugin));
    }

    /** The class path's entries, classes directory first. */
    List<String> elements() {
        return elements;
    }

    /** A loader over the entries, below the plugin's own. */
    ClassLoader loader() {
        return loader;
    }

    @Override
    public void close() {
        try {
            loader.close();
        } catch (java.io.IOException e) {
            // nothing was written through it; an unclosed jar handle is all that is left
        }
    }
}
