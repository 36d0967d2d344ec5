// What each build said, and the one database the last build made.
String log = new File(basedir, 'build.log').text
def expect = { String text ->
    if (!log.contains(text)) {
        throw new AssertionError('build.log lacks: ' + text)
    }
}
expect('skipped (retort.skip)')
expect('-Dretort.lock_timeout: invalid setting lock_timeout = soon')
expect("-Dretort.lock_timout: unknown setting 'lock_timout'")
expect('the JDBC driver goes in the POM as a <dependency> of retort-maven-plugin')
// failures the project must fix, and the one the build could not run
List<String> helps = log.readLines().findAll { it.contains('[Help 1] http') }
List<String> expected = ['MojoFailureException', 'MojoFailureException', 'MojoExecutionException']
if (helps.size() != 3 || !(0..2).every { helps[it].endsWith(expected[it]) }) {
    throw new AssertionError('expected failures ' + expected + ', got ' + helps)
}
// build 5 alone wrote: the tables are named from -D over the POM (version), the POM over retort.toml (audit)
List<String> tables = []
Properties none = new Properties()
new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, 'app.db'), none).withCloseable { connection ->
    def rows = connection.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1")
    while (rows.next()) {
        tables << rows.getString(1)
    }
}
if (tables != ['cli_version', 'owner', 'pom_audit']) {
    throw new AssertionError('tables: ' + tables)
}
return true
