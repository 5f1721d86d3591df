// asserts exact lines of the build log: the plugin's report and verdict
def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line) : "build.log has no line '" + line + "'" }
def absent = { String text -> assert !log.any { it.contains(text) } : "build.log should not contain '" + text + "'" }

// build 1: archrules:baseline -Darchrules.baseline.mode=init compiles the module and records the violation
def baseline = new File(basedir, 'src/test/resources/archrules-baseline.txt')
assert baseline.isFile()
assert baseline.readLines().contains('controllers.no-data-access | com.acme.shop.orders.OrderController -> com.acme.shop.orders.OrderRepository | 1')
expect '[INFO] archrules baseline ' + baseline.path + ' (init):'
// build 2: verify passes on the baseline
expect '[INFO] archrules: 0 new · 1 baselined · 0 fixed'
expect '[INFO] baseline ' + baseline.path + ' (check): 0 new · 1 baselined · 0 fixed'
assert log.count { it == '[INFO] BUILD SUCCESS' } == 2
