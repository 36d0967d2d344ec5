package dev.retort.internal;

import dev.retort.Redaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.RetortException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every form a secret takes in a URL or a driver's message is masked; ordinary text is left alone. */
class RedactionTest {

    @Test
    void keyedSecretsOfEveryStyleAreMaskedAndTheRestKept() {
        List<List<String>> cases = List.of(
                List.of("jdbc:postgresql://h/db?user=app&password=s3cret&ssl=true",
                        "jdbc:postgresql://h/db?user=app&password=****&ssl=true"),
                List.of("jdbc:postgresql://h/db?PASSWORD=s3cret", "jdbc:postgresql://h/db?PASSWORD=****"),
                List.of("jdbc:postgresql://h/db?sslmode=verify-full&sslpassword=k3ypass&sslkey=/k.pk8",
                        "jdbc:postgresql://h/db?sslmode=verify-full&sslpassword=****&sslkey=/k.pk8"),
                List.of("jdbc:mariadb://h/db?user=root&Pwd=s3cret&keyStorePassword=st0re",
                        "jdbc:mariadb://h/db?user=root&Pwd=****&keyStorePassword=****"),
                List.of("jdbc:mysql://h/db?passwd=s3cret&trustCertificateKeyStorePassword=tru5t",
                        "jdbc:mysql://h/db?passwd=****&trustCertificateKeyStorePassword=****"),
                List.of("jdbc:h2:mem:x;USER=sa;PASSWORD=h2s3cret;MODE=MySQL", "jdbc:h2:mem:x;USER=sa;PASSWORD=****;MODE=MySQL"),
                List.of("jdbc:sqlserver://h;user=sa;password={se;cr}}et};databaseName=d",
                        "jdbc:sqlserver://h;user=sa;password=****;databaseName=d"),
                List.of("jdbc:postgresql://h/db?password=p%40ss%26word&x=1", "jdbc:postgresql://h/db?password=****&x=1"),
                List.of("url=jdbc%3Apostgresql%3A%2F%2Fh%2Fdb%3Fpassword%3Ds3cret", "url=jdbc%3Apostgresql%3A%2F%2Fh%2Fdb%3Fpassword%3D****"),
                List.of("{user=app, password=s3cret, ssl=true}", "{user=app, password=****, ssl=true}"),
                List.of("jdbc:snowflake://h/?client_secret=abc&token=t0k", "jdbc:snowflake://h/?client_secret=****&token=****"),
                List.of("retort.toml:3: password = \"s3cret\"", "retort.toml:3: password = ****"),
                List.of("{\"password\": \"s3cret\", \"user\": \"app\"}", "{\"password\": ****, \"user\": \"app\"}"),
                List.of("failed at statement 1: CREATE ROLE app LOGIN PASSWORD 's3''cret'; next",
                        "failed at statement 1: CREATE ROLE app LOGIN PASSWORD '****'; next"),
                List.of("CREATE USER app IDENTIFIED BY 's3cret'", "CREATE USER app IDENTIFIED BY '****'"));
        for (List<String> form : cases) {
            assertEquals(form.get(1), Redaction.mask(form.get(0)), form.get(0));
        }
    }

    @Test
    void aUrlsAuthorityAndOraclesUserSlashPasswordAreMasked() {
        assertEquals("jdbc:mariadb://root:****@127.0.0.1:3306/db", Redaction.mask("jdbc:mariadb://root:s3cret@127.0.0.1:3306/db"));
        assertEquals("jdbc:postgresql://app:****@h/db", Redaction.mask("jdbc:postgresql://app:p@ss:w0rd@h/db"));
        assertEquals("jdbc:mysql://root@h/db and jdbc:postgresql://h:5432/db",
                Redaction.mask("jdbc:mysql://root@h/db and jdbc:postgresql://h:5432/db"));
        assertEquals("jdbc:oracle:thin:scott/****@localhost:1521:orcl", Redaction.mask("jdbc:oracle:thin:scott/tiger@localhost:1521:orcl"));
        assertEquals("jdbc:oracle:thin:scott/****@//db:1521/svc", Redaction.mask("jdbc:oracle:thin:scott/\"ti@ger\"@//db:1521/svc"));
        assertEquals("jdbc:oracle:thin:@//db:1521/svc", Redaction.mask("jdbc:oracle:thin:@//db:1521/svc"));
    }

    @Test
    void theOlderEntryPointMasksEveryFormToo() {
        for (String url : List.of("jdbc:mariadb://root:s3cret@h/db", "jdbc:oracle:thin:scott/s3cret@h:1521:orcl",
                "jdbc:postgresql://h/db?sslpassword=s3cret", "jdbc:h2:mem:x;PASSWORD=s3cret")) {
            assertFalse(Redaction.maskPassword(url).contains("s3cret"), url);
        }
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        for (String text : List.of("FATAL: password authentication failed for user \"app\"",
                "check that url, user and password are right (retort.toml, RETORT_URL, or --url)",
                "SELECT password_hash FROM users WHERE id = 1", "jdbc:h2:file:/tmp/x/db;AUTO_SERVER=TRUE",
                "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=rt_1", "a/b@c is not a URL")) {
            assertEquals(text, Redaction.mask(text));
        }
    }

    @Test
    void knownSecretsAreMaskedWhereverAMessageRepeatsThem() {
        Set<String> secrets = Redaction.secrets("jdbc:mariadb://root:s3cretMY@127.0.0.1:3306/nodb", null);
        assertEquals("Incorrect port value : ****@127.0.0.1",
                Redaction.mask("Incorrect port value : s3cretMY@127.0.0.1", secrets));
        Set<String> encoded = Redaction.secrets("jdbc:postgresql://h/db?password=p%40ss%2Bw0rd", "c0nfigured");
        assertEquals("host p@ss+w0rd and c0nfigured gone: **** and ****",
                "host p@ss+w0rd and c0nfigured gone: " + Redaction.mask("p@ss+w0rd", encoded) + " and "
                        + Redaction.mask("c0nfigured", encoded));
        assertEquals("uses PASSWORD ****", Redaction.mask("uses PASSWORD c0nfigured", Set.of("c0nfigured")));
        assertEquals("a bad day", Redaction.mask("a bad day", Redaction.secrets(null, "a")), "too short to mask literally");
    }

    @Test
    void aCauseChainWithASecretIsCopiedMaskedKeepingSqlStateAndCode() {
        SQLException root = new SQLException("Unable to parse URL jdbc:postgresql://h:99999/db?password=s3cret", "08001", 7,
                new IllegalArgumentException("bad host root:s3cret@h"));
        Throwable masked = RedactedFailures.masked(root, Set.of("s3cret"));
        SQLException sql = assertInstanceOf(SQLException.class, masked);
        assertEquals("08001", sql.getSQLState());
        assertEquals(7, sql.getErrorCode());
        assertEquals(root.getStackTrace().length, sql.getStackTrace().length);
        assertFalse(trace(masked).contains("s3cret"), trace(masked));
        assertTrue(trace(masked).contains("java.lang.IllegalArgumentException: bad host root:****@h"), trace(masked));

        SQLException clean = new SQLException("relation \"t\" does not exist", "42P01");
        assertSame(clean, RedactedFailures.masked(clean, Set.of("s3cret")), "a clean chain stays the same object");
    }

    @Test
    void aRetortExceptionMasksItsMessageAndCauses() {
        RetortException failure = new RetortException(RetortException.Kind.DATABASE,
                "cannot connect: Unable to parse URL jdbc:postgresql://h:99999/db?password=s3cret",
                new SQLException("Unable to parse URL jdbc:oracle:thin:scott/s3cret@h:1521:orcl", "08001"));
        assertFalse(failure.getMessage().contains("s3cret"), failure.getMessage());
        assertFalse(trace(failure).contains("s3cret"), trace(failure));
        assertInstanceOf(SQLException.class, failure.getCause());
    }

    private static String trace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
