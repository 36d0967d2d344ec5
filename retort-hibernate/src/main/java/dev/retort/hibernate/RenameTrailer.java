package dev.retort.hibernate;

import dev.retort.schema.QualifiedName;
import dev.retort.schema.RenameHints;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The entities' rename hints written after Hibernate's create script, as SQL comments, so that a cached
 * script brings them back without booting Hibernate. One line per renamed table or column:
 * {@code -- retort:entity-renamed table <schema> <table> <former>…} or
 * {@code -- retort:entity-renamed column <schema> <table> <column> <former>…}, each name URL-encoded
 * ({@code -} for no schema). Run with the script, the lines are comments. Stateless.
 */
final class RenameTrailer {

    private static final String MARKER = "-- retort:entity-renamed ";

    private RenameTrailer() {
    }

    /** The trailer lines of the hints (empty for none), each ended by a line break. */
    static String write(RenameHints hints) {
        StringBuilder lines = new StringBuilder();
        hints.tables().forEach((table, former) -> lines.append(MARKER).append("table ").append(table(table))
                .append(names(former.stream().map(QualifiedName::name).toList())).append('\n'));
        hints.columns().forEach((table, columns) -> columns.forEach((column, former) -> lines.append(MARKER)
                .append("column ").append(table(table)).append(' ').append(encode(column)).append(names(former))
                .append('\n')));
        return lines.toString();
    }

    /** The hints the script's trailer holds. */
    static RenameHints read(String script) {
        RenameHints hints = RenameHints.NONE;
        for (String line : script.split("\n")) {
            if (!line.startsWith(MARKER)) {
                continue;
            }
            List<String> words = Arrays.stream(line.substring(MARKER.length()).strip().split(" "))
                    .map(RenameTrailer::decode).toList();
            String schema = words.get(1).equals("-") ? null : words.get(1);
            QualifiedName table = new QualifiedName(schema, words.get(2));
            if (words.get(0).equals("table")) {
                hints = hints.withTable(table, words.subList(3, words.size()).stream()
                        .map(old -> new QualifiedName(schema, old)).toList());
            } else {
                hints = hints.withColumn(table, words.get(3), new ArrayList<>(words.subList(4, words.size())));
            }
        }
        return hints;
    }

    private static String table(QualifiedName table) {
        return (table.schema() == null ? "-" : encode(table.schema())) + " " + encode(table.name());
    }

    private static String names(List<String> names) {
        StringBuilder text = new StringBuilder();
        names.forEach(name -> text.append(' ').append(encode(name)));
        return text.toString();
    }

    private static String encode(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    private static String decode(String word) {
        return word.equals("-") ? word : URLDecoder.decode(word, StandardCharsets.UTF_8);
    }

}
