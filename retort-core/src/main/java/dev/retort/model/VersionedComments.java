package dev.retort.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL's executable comments, as mysqldump and mariadb-dump write views and triggers:
 * {@code /*!50001 CREATE ALGORITHM=UNDEFINED *}{@code /} {@code /*!50013 DEFINER=`root`@`localhost` SQL SECURITY
 * DEFINER *}{@code /} {@code /*!50001 VIEW v AS …*}{@code /}. The server runs their text, so that text is the
 * statement; the {@code DEFINER} is left out, as the readers leave it out (it names the user who
 * loaded the dump, not the schema). Stateless.
 */
final class VersionedComments {

    /** {@code /*!NNNNN text *}{@code /} and MariaDB's {@code /*M!NNNNNN text *}{@code /}. */
    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*M?!\\d*\\s?(.*?)\\*/");

    private static final Pattern DEFINER = Pattern.compile(
            "(?i)\\bDEFINER\\s*=\\s*(?:CURRENT_USER(?:\\s*\\(\\s*\\))?|(?:`[^`]*`|'[^']*'|[^\\s@]+)@(?:`[^`]*`|'[^']*'|\\S+))\\s*");

    private VersionedComments() {
    }

    /** The statement the server runs when {@code sql} starts with an executable comment; else {@code sql}. */
    static String unwrap(String sql) {
        String stripped = sql.strip();
        if (!stripped.startsWith("/*!") && !stripped.startsWith("/*M!")) {
            return sql;
        }
        StringBuilder text = new StringBuilder();
        Matcher matcher = COMMENT.matcher(stripped);
        int last = 0;
        while (matcher.find()) {
            String between = stripped.substring(last, matcher.start());
            String part = DEFINER.matcher(matcher.group(1)).replaceAll("").strip();
            // the spaces between two comments join their parts; a part the DEFINER was all of goes
            text.append(between.isBlank() ? "" : between);
            if (!part.isEmpty()) {
                text.append(text.isEmpty() || !between.isBlank() ? "" : " ").append(part);
            }
            last = matcher.end();
        }
        return text.append(stripped.substring(last)).toString().strip();
    }
}
