// three runs in one build.log: the same report each time, the second from the results cache
def log = new File(basedir, 'build.log').readLines()
def count = { String line -> log.count { it == line } }
def report = '[INFO] archrules checklist: 1 violation of 1 rule in 1 class (3 classes analysed, 22 rules checked)'
assert count(report) == 3 : "the report three times: " + count(report)
def fromCache = log.findAll { it.startsWith('[INFO] archrules: results from the cache target/archrules-cache ') }
assert fromCache.size() == 1 : "one run from the cache: " + fromCache
assert log.indexOf(fromCache[0]) > log.indexOf(report) : "the second run, not the first"
def cache = new File(basedir, 'target/archrules-cache')
def entries = []
cache.eachFileRecurse { if (it.name.endsWith('.result')) entries << it }
assert entries.size() == 1 : "one results entry: " + entries
// the report files of the run from the cache are those of the first run, byte for byte
['archrules.md', 'archrules.html', 'archrules.json', 'archrules.sarif', 'archrules-new.sarif'].each {
    def cold = new File(basedir, 'target/archrules-cold/' + it).bytes
    def warm = new File(basedir, 'target/archrules-warm/' + it).bytes
    def off = new File(basedir, 'target/archrules-off/' + it).bytes
    assert cold == warm : it + ' differs between the first run and the run from the cache'
    assert cold == off : it + ' differs between the first run and the run without the cache'
}
assert entries[0].length() > 0
