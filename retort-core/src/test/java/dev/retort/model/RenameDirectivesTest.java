package dev.retort.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.RetortException;
import dev.retort.sql.lex.SqlLexer;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.RenameHints;
import dev.retort.schema.Schema;
import dev.retort.spi.SplitterOptions;
import dev.retort.spi.SqlStatement;
import dev.retort.sql.StatementSplitter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code -- retort:renamed-from} in a SQL model: where it may stand, what it names, and every misplacement an error. */
class RenameDirectivesTest {

    private static final Path FILE = Path.of("schema.sql");
    private static final SplitterOptions POSTGRES = dev.retort.spi.Dialects.forUrl("jdbc:postgresql://localhost/x").splitterOptions();

    /** The model as a database that folds to upper case (H2) reflects it. */
    private static final Schema UPPER = SchemaBuilder.schema()
            .table("ACCOUNT", t -> t.column("ID", Types.bigint()).column("EMAIL_ADDRESS", Types.varchar(9))
                    .column("display name", Types.text()))
            .build();

    private static RenameHints hints(String sql) {
        RenameDirectives directives = new RenameDirectives(new SqlLexer(dev.retort.sql.lex.SqlFlavour.ANSI));
        for (SqlStatement statement : new StatementSplitter(POSTGRES).split(sql)) {
            directives.offer(FILE, statement);
        }
        directives.checkFile(FILE, sql);
        return directives.attach(UPPER).renames();
    }

    private static String error(String sql) {
        RetortException error = assertThrows(RetortException.class, () -> hints(sql));
        assertEquals(RetortException.Kind.CONFIGURATION, error.kind());
        return error.getMessage();
    }

    @Test
    void onTheTableLineItRenamesTheTableOnAColumnLineTheColumn() {
        RenameHints hints = hints("""
                -- the model
                CREATE TABLE account ( -- retort:renamed-from app_user, "Member"
                    id bigint PRIMARY KEY,
                    email_address varchar(9) NOT NULL, -- retort:renamed-from email
                    "display name" text CHECK (length("display name") > 0) -- retort:renamed-from name
                );
                CREATE TABLE other (id int); -- a plain comment
                """);
        QualifiedName account = QualifiedName.of("ACCOUNT");
        assertEquals(List.of(QualifiedName.of("app_user"), QualifiedName.of("Member")), hints.tableFormerly(account));
        assertEquals(List.of("email"), hints.columnFormerly(account, "EMAIL_ADDRESS"));
        assertEquals(List.of("name"), hints.columnFormerly(account, "display name"));
    }

    @Test
    void theTableNameOnItsOwnLineAndIfNotExists() {
        RenameHints hints = hints("CREATE TABLE IF NOT EXISTS\n  account -- retort:renamed-from app_user\n(id bigint);");
        assertEquals(List.of(QualifiedName.of("app_user")), hints.tableFormerly(QualifiedName.of("ACCOUNT")));
    }

    @Test
    void aDirectiveOnALineOfItsOwnIsAnErrorNotIgnored() {
        String message = error("-- retort:renamed-from app_user\nCREATE TABLE account (id bigint);");
        assertTrue(message.startsWith("schema.sql:1: ") && message.contains("outside a CREATE TABLE"), message);
        assertTrue(error("CREATE TABLE account (\n id bigint\n); -- retort:renamed-from app_user\n")
                .startsWith("schema.sql:3: "));
    }

    @Test
    void everyOtherPlaceIsAnErrorThatSaysWhere() {
        assertTrue(error("CREATE TABLE account (\n id bigint,\n CONSTRAINT pk PRIMARY KEY (id) -- retort:renamed-from x\n);")
                .contains("schema.sql:3: the retort:renamed-from directive is on the line of a constraint"));
        assertTrue(error("CREATE TABLE account (id bigint, -- retort:renamed-from x\n email_address int);")
                .contains("shares its line"));
        assertTrue(error("CREATE TABLE account (\n id bigint, email_address int -- retort:renamed-from x\n);")
                .contains("several columns"));
        assertTrue(error("CREATE TABLE account (\n id\n  bigint -- retort:renamed-from x\n);")
                .contains("no column definition starts"));
        assertTrue(error("CREATE VIEW v AS SELECT 1 -- retort:renamed-from x\n;").contains("not in a CREATE TABLE"));
        assertTrue(error("CREATE TABLE account (\n id bigint -- retort:renamed-from\n);").contains("names no former name"));
        assertTrue(error("CREATE TABLE account (\n id bigint -- retort:renamed-from old (was)\n);")
                .contains("separated by commas"));
        assertTrue(error("CREATE TABLE account (\n nope bigint -- retort:renamed-from x\n);")
                .contains("names column nope, which table ACCOUNT does not have"));
    }

    @Test
    void aMarkerInsideAStringOrInProseIsNoDirective() {
        RenameHints hints = hints("CREATE TABLE account (\n id bigint DEFAULT 1, -- see retort:renamed-from in the README\n"
                + " email_address varchar(9) DEFAULT '-- retort:renamed-from x'\n);");
        assertEquals(RenameHints.NONE, hints);
    }

    @Test
    void twoColumnsClaimingOneFormerNameIsAnError() {
        assertTrue(error("CREATE TABLE account (\n id bigint, -- retort:renamed-from old\n email_address int -- retort:renamed-from old\n);")
                .contains("claimed by both"));
    }
}
