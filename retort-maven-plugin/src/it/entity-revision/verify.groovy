// Two revisions: the entity's table as first compiled, then the column the changed source added.
List<File> scripts = new File(basedir, 'migrations').listFiles().findAll { it.name.endsWith('.sql') }.sort { it.name }
if (scripts.size() != 2) {
    throw new AssertionError('expected 2 revisions, found ' + scripts*.name)
}
String first = scripts[0].text
String second = scripts[1].text
if (!(first =~ /(?i)CREATE TABLE "?person/) || first.contains('email')) {
    throw new AssertionError('first revision:\n' + first)
}
if (!second.contains('-- retort:message model changes') || !(second =~ /(?i)ALTER TABLE "?person"? ADD COLUMN "?email/)) {
    throw new AssertionError('second revision:\n' + second)
}
return true
