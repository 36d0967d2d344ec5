package dev.retort.dialect;

import dev.retort.RetortException;
import dev.retort.dialect.h2.H2Dialect;
import dev.retort.dialect.mysql.MysqlDialect;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import java.util.List;

/** The dialects Retort ships, and choosing one for a JDBC URL. Stateless. */
public final class Dialects {

    private static final List<Dialect> ALL =
            List.of(new SqliteDialect(), new PostgresDialect(), new MysqlDialect(), new H2Dialect());

    private Dialects() {
    }

    /** Every supported dialect. */
    public static List<Dialect> all() {
        return ALL;
    }

    /** The dialect for a JDBC URL, or an error listing the supported URL forms. */
    public static Dialect forUrl(String jdbcUrl) {
        for (Dialect dialect : ALL) {
            if (dialect.accepts(jdbcUrl)) {
                return dialect;
            }
        }
        throw new RetortException(RetortException.Kind.CONFIGURATION, "no dialect for URL '"
                + dev.retort.internal.Redaction.maskPassword(jdbcUrl) + "'; Retort supports jdbc:sqlite:, jdbc:postgresql:,"
                + " jdbc:mysql:, jdbc:mariadb: and jdbc:h2: URLs");
    }

    /** Adds a drop statement unless the object is one to keep (names compared case-insensitively); true when added. */
    public static boolean addUnlessKept(List<String> statements, java.util.Set<String> keep, String name, String statement) {
        return keep.stream().noneMatch(name::equalsIgnoreCase) && statements.add(statement);
    }
}
