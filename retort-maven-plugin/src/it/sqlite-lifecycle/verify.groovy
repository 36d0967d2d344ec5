// The three builds' log, and what they left in target/.
String log = new File(basedir, 'build.log').text

def expect = { String text ->
    if (!log.contains(text)) {
        throw new AssertionError("build.log lacks: " + text)
    }
}
// 1: pending, named with the goal to run; the failure is the project's to fix
expect("2 revision(s) pending: a1b2c3d4e5f6, b2c3d4e5f6a7; run 'mvn retort:upgrade'")
expect("MojoFailureException")
// 2: status at head, check passes, SQL written
expect("b2c3d4e5f6a7 (current) (head): item")
expect("current: b2c3d4e5f6a7")
expect("0 pending")
expect("a1b2c3d4e5f6 -> b2c3d4e5f6a7 (current) (head): item")
expect("ok: the database is at head (b2c3d4e5f6a7) and has not drifted")
File sql = new File(basedir, 'target/retort/upgrade.sql')
if (!sql.isFile() || !sql.text.contains('CREATE TABLE item')) {
    throw new AssertionError("target/retort/upgrade.sql missing or without the item table")
}
// 3: the manual column is drift
expect("the database has drifted (1 difference(s); ")
expect("); 'mvn retort:revision -Dretort.autogenerate -Dretort.message=MSG' writes a revision for them:")
expect("drop column item.note")
return true
