/**
 * Retort's core library: the facade ({@code dev.retort}), models written in Java ({@code dev.retort.model}), the
 * schema and operation values, the dialect SPI and its SQL lexer. Only those six packages are exported; the
 * rest is the engine. Dialects are services: the four shipped ones are provided here, and a dialect in another
 * jar is found through {@code uses dev.retort.spi.Dialect} (a {@code provides} in its own module, or a
 * {@code META-INF/services} line on the class path). The application brings the JDBC driver, on the class
 * path or the module path; {@code DriverManager} finds it either way.
 */
module dev.retort.core {
    // transitive: the SPI and the builder name Connection, ResultSet, SQLException and DataSource
    requires transitive java.sql;

    exports dev.retort;
    exports dev.retort.model;
    exports dev.retort.schema;
    exports dev.retort.op;
    exports dev.retort.spi;
    exports dev.retort.sql.lex;

    uses dev.retort.spi.Dialect;
    uses dev.retort.model.ModelProvider;

    provides dev.retort.spi.Dialect with
            dev.retort.dialect.sqlite.SqliteDialect,
            dev.retort.dialect.postgres.PostgresDialect,
            dev.retort.dialect.mysql.MysqlDialect,
            dev.retort.dialect.h2.H2Dialect;
}
