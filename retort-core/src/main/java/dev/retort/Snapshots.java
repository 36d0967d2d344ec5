package dev.retort;

import dev.retort.spi.Dialect;
import dev.retort.internal.JsonReader;
import dev.retort.internal.JsonWriter;
import dev.retort.schema.Schema;
import dev.retort.script.RevisionScript;
import dev.retort.script.SnapshotFiles;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The schema snapshot file: the model's normalised schema at a revision, written by autogenerate beside the
 * script, so that production can compare a database with it without loading the model. Its text is
 * {@link JsonWriter}'s indented JSON (one key or list item per line, tables, objects and constraints in the
 * {@link Schema}'s own order), with no time stamp, so the same model gives the same bytes. Stateless.
 *
 * <pre>{@code
 * {
 *   "format": "retort-schema-snapshot",
 *   "version": 1,
 *   "revision": "3f2a9c1b7d4e",
 *   "dialect": "PostgreSQL",
 *   "schema": { ... SchemaJson's complete form ... }
 * }
 * }</pre>
 *
 * <p>{@code version} is raised only when a key changes meaning or disappears; readers ignore keys they do not
 * know, so adding one keeps it. A snapshot of a later version is not guessed at: drift is then not checked.
 */
final class Snapshots {

    /** Names the file's kind, so a stray JSON file is not taken for a snapshot. */
    static final String FORMAT = "retort-schema-snapshot";

    /** The snapshot version this Retort writes, and the highest it reads. */
    static final int VERSION = 1;

    private Snapshots() {
    }

    /** The snapshot text of a revision's schema, ending with a newline. */
    static String render(String revision, Dialect dialect, Schema schema) {
        return JsonWriter.write(json(revision, dialect, schema)) + "\n";
    }

    /** The snapshot's map (mutable, in key order), for a file that adds keys of its own ({@link ModelCache}). */
    static Map<String, Object> json(String revision, Dialect dialect, Schema schema) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("version", VERSION);
        json.put("revision", revision);
        json.put("dialect", dialect.name());
        json.put("schema", SchemaJson.schema(schema, true));
        return json;
    }

    /**
     * Writes the snapshot beside a script just written (atomically, never over an existing file). If that
     * fails the script is deleted again, so a generated revision never goes without its snapshot silently.
     */
    static void write(RevisionScript script, Dialect dialect, Schema schema) {
        if (script.path() == null) {
            return;
        }
        try {
            SnapshotFiles.write(script.path(), render(script.id(), dialect, schema));
        } catch (RetortException e) {
            Authoring.deleteQuietly(script.path());
            throw new RetortException(e.kind(), e.getMessage() + "; the revision " + script.location()
                    + " was removed again, so no revision goes without its schema snapshot", e);
        }
    }

    /**
     * A snapshot's schema. Problems that make it unusable (not JSON, not a snapshot, a later version, another
     * database) are {@link Unreadable}, whose message says why in words fit for a drift note.
     */
    static Schema read(String text, Dialect dialect) {
        Object parsed;
        try {
            parsed = JsonReader.read(text);
        } catch (IllegalArgumentException e) {
            throw new Unreadable("it is not valid JSON (" + e.getMessage() + ")");
        }
        if (!(parsed instanceof Map<?, ?>)) {
            throw new Unreadable("it is not a JSON object");
        }
        return read(SchemaJsonReader.asMap(parsed, "snapshot"), dialect);
    }

    /** The schema of a snapshot already parsed. */
    static Schema read(Map<String, Object> json, Dialect dialect) {
        if (!FORMAT.equals(json.get("format"))) {
            throw new Unreadable("its \"format\" is not \"" + FORMAT + "\"");
        }
        if (!(json.get("version") instanceof Long version) || version < 1) {
            throw new Unreadable("it has no valid \"version\"");
        }
        if (version > VERSION) {
            throw new Unreadable("it is of snapshot version " + version + ", written by a later Retort; this one reads"
                    + " up to version " + VERSION + " (upgrade Retort)");
        }
        Object recordedDialect = json.get("dialect");
        if (dialect != null && recordedDialect != null && !dialect.name().equalsIgnoreCase(recordedDialect.toString())) {
            throw new Unreadable("it was recorded on " + recordedDialect + ", and the database is " + dialect.name()
                    + " (generate revisions against the database kind production runs)");
        }
        Object schema = json.get("schema");
        if (schema == null) {
            throw new Unreadable("it has no \"schema\"");
        }
        try {
            return SchemaJsonReader.schema(SchemaJsonReader.asMap(schema, "schema"));
        } catch (IllegalArgumentException | ClassCastException | ArithmeticException e) {
            throw new Unreadable("its schema cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Why a snapshot cannot be used; the message completes "the snapshot … cannot be used: ". */
    static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }
}
