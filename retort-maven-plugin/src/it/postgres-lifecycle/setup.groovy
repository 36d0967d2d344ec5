// A database of this run's own, named in retort.toml (for the plugin) and database.properties (for the drift).
String server = System.getenv('RETORT_TEST_POSTGRES_URL')
String user = System.getenv('RETORT_TEST_POSTGRES_USER') ?: 'postgres'
String name = 'retort_mvn_' + UUID.randomUUID().toString().replace('-', '').substring(0, 12)
Properties credentials = new Properties()
credentials.setProperty('user', user)
new org.postgresql.Driver().connect(server, credentials).withCloseable { connection ->
    connection.createStatement().execute('CREATE DATABASE ' + name)
}
String url = server.replaceFirst('/[^/?]+(\\?.*)?$', '/' + name)
new File(basedir, 'retort.toml').text = """url = "${url}"
user = "${user}"
model = ["schema.sql"]
"""
new File(basedir, 'database.properties').text = "database.url=${url}\ndatabase.user=${user}\ndatabase.name=${name}\n"
return true
