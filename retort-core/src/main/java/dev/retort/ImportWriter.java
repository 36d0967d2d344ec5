package dev.retort;

import dev.retort.revision.Revision;
import dev.retort.revision.RevisionIds;
import dev.retort.script.RevisionScript;
import dev.retort.script.ScriptParser;
import dev.retort.script.ScriptWriter;
import dev.retort.script.Scripts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes an imported history as a linear chain of revision scripts: each revision's parent is the one before, the
 * first is a base. Checks everything before writing anything (ids, that the project has no revisions yet, that every
 * script reads back as written), so a refused import leaves no file behind. Stateless.
 */
final class ImportWriter {

    private ImportWriter() {
    }

    static List<ScriptInfo> write(Retort retort, String tool, List<ImportedRevision> revisions) {
        Scripts scripts = retort.scripts();
        if (!scripts.graph().revisions().isEmpty() && sameChain(scripts, revisions)) {
            return ImportedChain.chain(scripts).stream().map(id -> ScriptInfo.of(scripts.get(id))).toList();
        }
        if (!scripts.graph().revisions().isEmpty()) {
            throw new RetortException(RetortException.Kind.USAGE, "the project already has " + scripts.graph().revisions().size()
                    + " revision(s): an import writes a project's first revisions; import into a new project directory"
                    + " (retort init DIR), or remove the existing scripts first");
        }
        if (revisions.isEmpty()) {
            throw new RetortException(RetortException.Kind.USAGE, "no " + tool + " migrations found to import; check the directory");
        }
        Path directory = retort.writableDirectory();
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<String> texts = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String parent = null;
        for (int i = 0; i < revisions.size(); i++) {
            ImportedRevision imported = revisions.get(i);
            requireId(imported, seen);
            // one second apart, so a directory listing reads in chain order
            Revision revision = new Revision(imported.id(), parent == null ? List.of() : List.of(parent), List.of(), Set.of(),
                    imported.message(), start.plusSeconds(i), null);
            Path file = directory.resolve(ScriptWriter.fileName(retort.config().fileTemplate(), revision));
            String text = render(revision, imported);
            requireReadsBack(text, file, imported);
            if (Files.exists(file)) {
                throw new RetortException(RetortException.Kind.SCRIPT, file + " already exists; nothing was imported");
            }
            texts.add(text);
            files.add(file);
            parent = imported.id();
        }
        List<ScriptInfo> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (int i = 0; i < files.size(); i++) {
                writeAtomically(files.get(i), texts.get(i));
                written.add(ScriptInfo.of(ScriptParser.parse(texts.get(i), files.get(i).toString(), files.get(i))));
            }
        } catch (IOException | RuntimeException e) {
            files.forEach(Authoring::deleteQuietly);
            throw new RetortException(RetortException.Kind.SCRIPT, "cannot write the imported revisions to " + directory + ": "
                    + e.getMessage() + "; nothing was imported", e);
        }
        return written;
    }

    /**
     * True when the project holds exactly this import already (same ids in the same order, same sections), so that
     * running the import again, e.g. with {@code --history} for another database, writes nothing and is no error.
     */
    private static boolean sameChain(Scripts scripts, List<ImportedRevision> revisions) {
        List<String> chain;
        try {
            chain = ImportedChain.chain(scripts);
        } catch (RetortException e) {
            return false;
        }
        if (chain.size() != revisions.size()) {
            return false;
        }
        for (int i = 0; i < chain.size(); i++) {
            RevisionScript existing = scripts.get(chain.get(i));
            ImportedRevision imported = revisions.get(i);
            if (!existing.revision().id().equals(imported.id())
                    || !existing.upgradeSql().strip().equals(imported.upgradeSql().strip())
                    || existing.transactional() != imported.transactional()) {
                return false;
            }
        }
        return true;
    }

    private static void requireId(ImportedRevision imported, Set<String> seen) {
        String problem = RevisionIds.problem(imported.id());
        if (problem != null) {
            throw new RetortException(RetortException.Kind.USAGE, imported.source() + ": the revision id '" + imported.id()
                    + "' it would get " + problem + "; ids use " + RevisionIds.RULE + "; rename the file");
        }
        if (!seen.add(RevisionIds.foldCase(imported.id()))) {
            throw new RetortException(RetortException.Kind.USAGE, imported.source() + ": a second migration with version "
                    + imported.id() + "; the tool would refuse it too; remove or renumber one of them");
        }
    }

    /** ScriptWriter's text, with {@code transactional false} in the header where the source said so. */
    static String render(Revision revision, ImportedRevision imported) {
        String text = ScriptWriter.render(revision, imported.upgradeSql(), imported.downgradeSql());
        if (imported.transactional()) {
            return text;
        }
        return text.replaceFirst("(?m)^-- retort:generated true$", "-- retort:transactional false\n-- retort:generated true");
    }

    private static void requireReadsBack(String text, Path file, ImportedRevision imported) {
        RevisionScript back;
        try {
            back = ScriptParser.parse(text, file.toString(), null);
        } catch (RetortException e) {
            throw unsafe(imported, e.getMessage());
        }
        boolean same = back.upgradeSql().strip().equals(imported.upgradeSql().strip())
                && (imported.downgradeSql() == null ? back.downgradeSql() == null
                        : back.downgradeSql() != null && back.downgradeSql().strip().equals(imported.downgradeSql().strip()))
                && back.transactional() == imported.transactional();
        if (!same) {
            throw unsafe(imported, "its sections read back differently");
        }
    }

    private static RetortException unsafe(ImportedRevision imported, String why) {
        return new RetortException(RetortException.Kind.SCRIPT, imported.source() + " cannot become a revision script: " + why
                + "; a line of it reads as a '-- retort:' marker; change that line and import again; nothing was imported");
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), ".import-", ".tmp");
        try {
            Files.write(temporary, text.getBytes(StandardCharsets.UTF_8));
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
