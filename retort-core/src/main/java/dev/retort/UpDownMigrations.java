package dev.retort;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the plain up/down SQL layouts of Go migration tools: golang-migrate ({@code 1_name.up.sql} and
 * {@code 1_name.down.sql}), pop/popx ({@code <version>_<name>[.<dialect>][.autocommit].up.sql}, a dialect's own
 * file replacing the generic one), dbmate (one file, {@code -- migrate:up} and {@code -- migrate:down}) and goose (one
 * file, {@code -- +goose Up}/{@code Down}, {@code StatementBegin}/{@code End}, {@code NO TRANSACTION}). Stateless.
 */
final class UpDownMigrations {

    /** The layouts, and each one's version table. */
    enum Format {
        GOLANG_MIGRATE("golang-migrate", "schema_migrations"), POP("pop", "schema_migration"),
        DBMATE("dbmate", "schema_migrations"), GOOSE("goose", "goose_db_version");

        final String label;
        final String table;

        Format(String label, String table) {
            this.label = label;
            this.table = table;
        }

        static Format of(String name) {
            for (Format format : values()) {
                if (format.label.equalsIgnoreCase(name)) {
                    return format;
                }
            }
            throw new RetortException(RetortException.Kind.USAGE, "unknown --format '" + name + "': use golang-migrate, pop,"
                    + " dbmate or goose");
        }
    }

    /** One migration: its version (the tool's key), name, both directions, and whether it runs in a transaction. */
    record Migration(String version, String name, String up, String down, boolean transactional, String source) {
    }

    private static final Pattern UP_DOWN = Pattern.compile("([0-9]+)_(.*?)((?:\\.[A-Za-z0-9]+)*)\\.(up|down)\\.sql");
    private static final Pattern SINGLE = Pattern.compile("([0-9]+)_(.+)\\.sql");

    private UpDownMigrations() {
    }

    static Format detect(Path directory, String format, String dialect) {
        if (format != null) {
            return Format.of(format);
        }
        List<Path> files = files(directory);
        List<Path> upDown = files.stream().filter(f -> UP_DOWN.matcher(name(f)).matches()).toList();
        if (!upDown.isEmpty()) {
            return upDown.stream().anyMatch(f -> !UP_DOWN.matcher(name(f)).replaceAll("$3").isEmpty()) ? Format.POP
                    : Format.GOLANG_MIGRATE;
        }
        for (Path file : files) {
            String text = read(file);
            if (text.contains("-- migrate:up")) {
                return Format.DBMATE;
            }
            if (Pattern.compile("(?im)^--\\s*\\+goose\\s+up").matcher(text).find()) {
                return Format.GOOSE;
            }
        }
        throw new RetortException(RetortException.Kind.USAGE, directory + " holds no *.up.sql files, and no file with"
                + " '-- migrate:up' (dbmate) or '-- +goose Up' (goose); give --format golang-migrate|pop|dbmate|goose");
    }

    static List<Migration> read(Path directory, Format format, String dialect) {
        return switch (format) {
            case GOLANG_MIGRATE, POP -> upDown(directory, format, dialect);
            case DBMATE, GOOSE -> single(directory, format);
        };
    }

    private static List<Migration> upDown(Path directory, Format format, String dialect) {
        if (format == Format.POP && dialect == null) {
            throw new RetortException(RetortException.Kind.USAGE, directory + " is a pop layout (files per dialect): give"
                    + " --dialect postgres, mysql or sqlite3");
        }
        String wanted = dialect == null ? null : dialect.toLowerCase(Locale.ROOT).equals("sqlite") ? "sqlite3"
                : dialect.toLowerCase(Locale.ROOT);
        // key: version and name; a dialect's own file replaces the generic one
        Map<String, Path[]> generic = new TreeMap<>(Comparator.comparing(UpDownMigrations::versionKey));
        Map<String, Path[]> own = new TreeMap<>(Comparator.comparing(UpDownMigrations::versionKey));
        Map<String, Boolean> autocommit = new java.util.HashMap<>();
        for (Path file : files(directory)) {
            Matcher matcher = UP_DOWN.matcher(name(file));
            if (!matcher.matches()) {
                continue;
            }
            List<String> suffixes = new ArrayList<>(List.of(matcher.group(3).isEmpty() ? new String[0]
                    : matcher.group(3).substring(1).toLowerCase(Locale.ROOT).split("\\.")));
            boolean auto = suffixes.remove("autocommit");
            String fileDialect = suffixes.isEmpty() ? null : suffixes.get(0).equals("sqlite") ? "sqlite3" : suffixes.get(0);
            if (suffixes.size() > 1 || fileDialect != null && !fileDialect.equals(wanted)) {
                continue;
            }
            String key = matcher.group(1) + "_" + matcher.group(2);
            Path[] pair = (fileDialect == null ? generic : own).computeIfAbsent(key, k -> new Path[2]);
            pair[matcher.group(4).equals("up") ? 0 : 1] = file;
            autocommit.merge(key + (fileDialect == null ? "" : "/own"), auto, Boolean::logicalOr);
        }
        Map<String, Path[]> chosen = new TreeMap<>(Comparator.comparing(UpDownMigrations::versionKey));
        chosen.putAll(generic);
        own.forEach((key, pair) -> chosen.merge(key, pair, (g, o) -> new Path[] {o[0] != null ? o[0] : g[0], o[0] != null ? o[1] : g[1]}));
        List<Migration> migrations = new ArrayList<>();
        for (Map.Entry<String, Path[]> entry : chosen.entrySet()) {
            Path up = entry.getValue()[0];
            Path down = entry.getValue()[1];
            if (up == null) {
                throw new RetortException(RetortException.Kind.USAGE, down + " has no matching .up.sql file; add it or remove"
                        + " the down file");
            }
            String key = entry.getKey();
            boolean ownFile = own.containsKey(key) && own.get(key)[0] == up;
            boolean auto = autocommit.getOrDefault(key + (ownFile ? "/own" : ""), false);
            String version = key.substring(0, key.indexOf('_'));
            migrations.add(new Migration(version, key.substring(key.indexOf('_') + 1), read(up), down == null ? null : read(down),
                    !auto, name(up) + (down == null ? "" : " and " + name(down))));
        }
        return migrations;
    }

    private static List<Migration> single(Path directory, Format format) {
        List<Migration> migrations = new ArrayList<>();
        for (Path file : files(directory)) {
            Matcher matcher = SINGLE.matcher(name(file));
            if (!matcher.matches()) {
                continue;
            }
            String text = read(file);
            migrations.add(format == Format.DBMATE ? dbmate(matcher, text, file) : goose(matcher, text, file));
        }
        migrations.sort(Comparator.comparing(m -> versionKey(m.version())));
        return migrations;
    }

    private static final Pattern DBMATE_MARKER = Pattern.compile("(?m)^--\\s*migrate:(up|down)(.*)$");

    private static Migration dbmate(Matcher name, String text, Path file) {
        Matcher marker = DBMATE_MARKER.matcher(text);
        String up = null;
        String down = null;
        boolean transactional = true;
        int start = -1;
        String section = null;
        while (true) {
            boolean found = marker.find();
            if (section != null) {
                String body = text.substring(start, found ? marker.start() : text.length());
                if (section.equals("up")) {
                    up = body;
                } else {
                    down = body;
                }
            }
            if (!found) {
                break;
            }
            section = marker.group(1);
            start = marker.end();
            String options = marker.group(2).strip();
            if (section.equals("up") && options.contains("transaction:false")) {
                transactional = false;
            }
        }
        if (up == null) {
            throw new RetortException(RetortException.Kind.USAGE, file + " has no '-- migrate:up' line; is it a dbmate migration?");
        }
        return new Migration(name.group(1), name.group(2), up, down == null || down.isBlank() ? null : down, transactional,
                name(file));
    }

    private static final Pattern GOOSE_MARKER = Pattern.compile("(?im)^--\\s*\\+goose\\s+(.*?)\\s*$");

    private static Migration goose(Matcher name, String text, Path file) {
        StringBuilder up = new StringBuilder();
        StringBuilder down = new StringBuilder();
        StringBuilder current = null;
        boolean transactional = true;
        for (String line : text.split("\n", -1)) {
            Matcher marker = GOOSE_MARKER.matcher(line);
            if (!marker.matches()) {
                if (current != null) {
                    current.append(line).append('\n');
                }
                continue;
            }
            String annotation = marker.group(1).toLowerCase(Locale.ROOT);
            switch (annotation) {
                case "up" -> current = up;
                case "down" -> current = down;
                case "no transaction" -> transactional = false;
                case "statementbegin", "statementend" -> {
                    // Retort's splitter reads routine bodies and dollar quotes itself
                }
                default -> throw new RetortException(RetortException.Kind.USAGE, file + ": '-- +goose " + marker.group(1)
                        + "' has no Retort equivalent (ENVSUB substitutes environment variables at run time); resolve it"
                        + " in the file, or write this revision by hand");
            }
        }
        if (up.toString().isBlank() && !text.toLowerCase(Locale.ROOT).contains("+goose up")) {
            throw new RetortException(RetortException.Kind.USAGE, file + " has no '-- +goose Up' line; is it a goose migration?");
        }
        return new Migration(name.group(1), name.group(2), up.toString(), down.toString().isBlank() ? null : down.toString(),
                transactional, name(file));
    }

    /** Numeric order of versions (timestamps and counters alike), whatever their length. */
    static String versionKey(String key) {
        String version = key.contains("_") ? key.substring(0, key.indexOf('_')) : key;
        String digits = new BigInteger(version).toString();
        return String.format("%40s", digits).replace(' ', '0') + key.substring(version.length());
    }

    private static List<Path> files(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new RetortException(RetortException.Kind.USAGE, "the migration directory " + directory
                    + (Files.exists(directory) ? " is not a directory" : " does not exist"));
        }
        try (Stream<Path> list = Files.list(directory)) {
            return list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new RetortException(RetortException.Kind.USAGE, "cannot list " + directory + ": " + e.getMessage(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RetortException(RetortException.Kind.USAGE, "cannot read " + file + " as UTF-8: " + e.getMessage(), e);
        }
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }
}
