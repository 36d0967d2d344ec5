package dev.retort.runtime;

import dev.retort.Direction;
import dev.retort.dialect.mysql.MysqlDialect;
import dev.retort.script.RevisionScript;
import dev.retort.script.ScriptParser;
import dev.retort.script.Scripts;
import dev.retort.spi.SqlStatement;
import dev.retort.sql.StatementSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfflineScriptTest {

    @Test
    void aBodyHoldingTheUsualDelimiterGetsAnotherOne() {
        String body = "CREATE TRIGGER t_ins BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.note = 'a$$b;'; END";
        RevisionScript script = ScriptParser.parse("-- retort:revision r1\n-- retort:message m\u2028DROP TABLE x;\n"
                + "-- retort:upgrade\nDELIMITER //\n" + body + "//\nDELIMITER ;\n", "r1.sql", null);
        MysqlDialect dialect = new MysqlDialect();
        String sql = OfflineScript.render(dialect, new VersionTable(dialect, "retort_version", "retort_audit"),
                Scripts.of(List.of(script)), List.of(script.revision()), Direction.UP, "dba");
        assertTrue(sql.contains("DELIMITER $$$\n"), sql);
        List<String> statements = new StatementSplitter(dialect.splitterOptions()).split(sql).stream()
                .map(SqlStatement::sql).toList();
        assertEquals(1, statements.stream().filter(body::equals).count(), statements.toString());
        assertTrue(statements.stream().noneMatch(s -> s.startsWith("DROP TABLE x")), statements.toString());
    }
}
