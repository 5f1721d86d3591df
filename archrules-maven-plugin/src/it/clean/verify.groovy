// asserts exact lines of the build log: the plugin's report and verdict
def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line) : "build.log has no line '" + line + "'" }
def absent = { String text -> assert !log.any { it.contains(text) } : "build.log should not contain '" + text + "'" }

expect '[INFO] archrules checklist: no violations (3 classes analysed, 22 rules checked)'
expect '[INFO]   PASS controllers.no-data-access (C2) controllers should not access repositories or data-access APIs'
expect '[INFO] reports: target/archrules (markdown, html, json, sarif, sarif-new)'
expect '[INFO] BUILD SUCCESS'
['archrules.md', 'archrules.html', 'archrules.json', 'archrules.sarif', 'archrules-new.sarif'].each {
    assert new File(basedir, 'target/archrules/' + it).isFile() : 'no report ' + it
}
// check never writes a baseline
assert !new File(basedir, 'src/test/resources/archrules-baseline.txt').exists()
