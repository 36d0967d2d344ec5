package dev.retort.dialect.postgres;

import dev.retort.schema.CatalogDefinition;
import java.util.regex.Pattern;

/**
 * Builds the {@link CatalogDefinition}s of views, materialized views, routines, triggers and rules
 * from what PostgreSQL prints ({@code pg_get_viewdef}, {@code pg_get_functiondef},
 * {@code pg_get_triggerdef}, {@code pg_get_ruledef}), read by the reader's existing queries.
 *
 * <p>The printed statements re-create the object. For comparison the current schema's name is taken
 * out where it qualifies a name: {@code pg_get_functiondef} and {@code pg_get_triggerdef} always
 * qualify, and a SQL model lives in the scratch database's {@code public} while the target's schema
 * may be another. Stateless.
 */
final class PostgresDefinitions {

    private final Pattern currentQualifier;

    /** @param quotedCurrent the current schema's name as {@code quote_ident} spells it */
    PostgresDefinitions(String quotedCurrent) {
        // not after a letter, digit, quote or dot: "public." inside "notpublic." or "x.public." stays
        this.currentQualifier = Pattern.compile("(?<![\\w$.\"])" + Pattern.quote(quotedCurrent) + "\\.");
    }

    /** A view or materialized view, with a materialized view's indexes after it. */
    CatalogDefinition view(boolean materialized, String qualifiedName, String query, String options, String indexes) {
        String body = withoutSemicolon(query);
        StringBuilder statement = new StringBuilder("CREATE ").append(materialized ? "MATERIALIZED VIEW " : "VIEW ")
                .append(qualifiedName);
        if (options != null) {
            // reloptions print as {check_option=local,security_barrier=true}
            statement.append(" WITH (").append(options, 1, options.length() - 1).append(')');
        }
        statement.append(" AS\n").append(body);
        if (indexes != null) {
            statement.append(";\n\n").append(indexes);
        }
        return definition(statement.toString());
    }

    /** A routine's statements (one per overload), a trigger's or a rule's; null when none is printed. */
    CatalogDefinition statement(String printed) {
        return printed == null ? null : definition(withoutSemicolon(printed));
    }

    /**
     * A statement that names nothing but relations (a sequence's): the current schema's name is taken out of
     * the statement that re-creates it too, so it is made in the target's current schema, not the model's.
     */
    CatalogDefinition relative(String printed) {
        if (printed == null) {
            return null;
        }
        String statement = currentQualifier.matcher(withoutSemicolon(printed)).replaceAll("");
        return CatalogDefinition.spacingCollapsed(statement, statement);
    }

    private CatalogDefinition definition(String statement) {
        return CatalogDefinition.spacingCollapsed(currentQualifier.matcher(statement).replaceAll(""), statement);
    }

    private static String withoutSemicolon(String sql) {
        String stripped = sql.strip();
        return stripped.endsWith(";") ? stripped.substring(0, stripped.length() - 1).strip() : stripped;
    }
}
