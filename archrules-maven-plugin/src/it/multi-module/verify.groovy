// asserts exact lines of the build log: the plugin's report and verdict
def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line) : "build.log has no line '" + line + "'" }
def absent = { String text -> assert !log.any { it.contains(text) } : "build.log should not contain '" + text + "'" }

expect '[INFO] archrules: skipped, a module of packaging pom has no classes'
// orders passes on its own; web fails on its use of the orders module's repository, found through its class path
expect '[INFO] archrules checklist: no violations (2 classes analysed, 15 rules checked)'
expect '[INFO] archrules checklist: 1 violation of 1 rule in 1 class (1 class analysed, 15 rules checked)'
assert log.any { it.startsWith('[INFO]     - Controller <com.acme.shop.web.OrderController> depends on repository <com.acme.shop.orders.OrderRepository>') }
assert log.any { it.startsWith('[ERROR] Failed to execute goal dev.archrules:archrules-maven-plugin:') && it.contains(':check (default) on project web: archrules checklist: 1 violation of 1 rule in 1 class') }
assert new File(basedir, 'orders/target/archrules/archrules.json').isFile()
assert new File(basedir, 'web/target/archrules/archrules.json').isFile()

// build 2: one baseline per module, written where each module keeps it; the parent (packaging pom) has none
def webBaseline = new File(basedir, 'web/src/test/resources/archrules-baseline.txt')
assert webBaseline.readLines().contains('controllers.no-data-access | com.acme.shop.web.OrderController -> com.acme.shop.orders.OrderRepository | 1')
assert new File(basedir, 'orders/src/test/resources/archrules-baseline.txt').isFile()
assert !new File(basedir, 'src/test/resources/archrules-baseline.txt').exists()
// build 3: verify passes, web's violation baselined
expect '[INFO] archrules: 0 new · 1 baselined · 0 fixed'
assert log.count { it == '[INFO] BUILD SUCCESS' } == 2
