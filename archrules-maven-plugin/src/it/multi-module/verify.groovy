// asserts exact lines of the build log: the plugin's report and verdict
def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line) : "build.log has no line '" + line + "'" }
def absent = { String text -> assert !log.any { it.contains(text) } : "build.log should not contain '" + text + "'" }

expect '[INFO] archrules: skipped, a module of packaging pom has no classes'
// orders passes on its own; web fails on its use of the orders module's repository, found through its class path
expect '[INFO] archrules checklist: no violations (3 classes analysed, 22 rules checked)'
expect '[INFO] archrules checklist: 1 violation of 1 rule in 1 class (2 classes analysed, 22 rules checked)'
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

// build 4: archrules:aggregate, once at the root, imports the 5 classes of both modules together: the controller's
// violation (the root has no baseline) and the cycle through the package pricing, split across the modules; the
// module tangle orders, pricing is that package tangle seen from afar: reported once, by packages.no-cycles
expect '[INFO] archrules checklist: 2 violations of 2 rules in 2 classes (5 classes analysed, 22 rules checked)'
expect '[INFO]   FAIL packages.no-cycles (C7) packages should be free of cycles — 1 violation'
assert log.any { it.startsWith('[INFO]     - Cycle between 2 packages com.acme.shop.orders, com.acme.shop.pricing: ')
        && it.contains(' (also breaks modules.no-cycles) — first at (') }
expect '[INFO]   PASS modules.no-cycles (C7) modules should be free of cycles — 1 finding reported under packages.no-cycles'
expect '[ERROR] Failed to execute goal dev.archrules:archrules-maven-plugin:' + projectVersion + ':aggregate (default-cli) on project multi-module: archrules checklist: 2 violations of 2 rules in 2 classes (5 classes analysed, 22 rules checked) in multi-module; see the report above -> [Help 1]'
assert new File(basedir, 'target/archrules/archrules.json').isFile()
