// The four builds' log, the database they left, and then the database dropped.
Properties database = new Properties()
new File(basedir, 'database.properties').withInputStream { database.load(it) }
String server = System.getenv('RETORT_TEST_POSTGRES_URL')
Properties credentials = new Properties()
credentials.setProperty('user', database.getProperty('database.user'))
try {
    String log = new File(basedir, 'build.log').text
    def expect = { String text ->
        if (!log.contains(text)) {
            throw new AssertionError('build.log lacks: ' + text)
        }
    }
    expect("2 revision(s) pending: a1b2c3d4e5f6, b2c3d4e5f6a7; run 'mvn retort:upgrade'")
    expect('current: b2c3d4e5f6a7')
    expect('0 pending')
    expect('ok: the database is at head (b2c3d4e5f6a7) and has not drifted')
    if (!new File(basedir, 'target/retort/upgrade.sql').text.contains('CREATE TABLE item')) {
        throw new AssertionError('target/retort/upgrade.sql lacks the item table')
    }
    expect("the database has drifted (1 difference(s); ")
    expect('stamped a1b2c3d4e5f6')
    expect('clean done')
    // after downgrade to base, stamp and clean: no table of the project's, no version table
    new org.postgresql.Driver().connect(database.getProperty('database.url'), credentials).withCloseable { connection ->
        def rows = connection.createStatement().executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")
        List<String> tables = []
        while (rows.next()) {
            tables << rows.getString(1)
        }
        if (!tables.isEmpty()) {
            throw new AssertionError('tables left after downgrade and clean: ' + tables)
        }
    }
} finally {
    new org.postgresql.Driver().connect(server, credentials).withCloseable { connection ->
        connection.createStatement().execute('DROP DATABASE IF EXISTS ' + database.getProperty('database.name') + ' WITH (FORCE)')
    }
}
return true
