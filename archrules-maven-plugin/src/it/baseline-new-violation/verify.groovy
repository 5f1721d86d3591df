// asserts exact lines of the build log: the plugin's report and verdict
def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line) : "build.log has no line '" + line + "'" }
def absent = { String text -> assert !log.any { it.contains(text) } : "build.log should not contain '" + text + "'" }

expect '[INFO] archrules: 1 new (1 error) · 1 baselined · 0 fixed'
expect '[INFO]   FAIL controllers.no-data-access (C2) controllers should not access repositories or data-access APIs — 1 new violation, 1 baselined'
assert log.count { it.startsWith('[INFO]     - Controller <') } == 1
assert log.any { it.startsWith('[INFO]     - Controller <com.acme.shop.customers.CustomerController> depends on repository <com.acme.shop.customers.CustomerRepository>') }
assert log.any { it.startsWith('[ERROR] Failed to execute goal dev.archrules:archrules-maven-plugin:') && it.contains(':check (default) on project baseline-new-violation: archrules checklist: 1 new violation of 1 rule in 1 class (') }
// check never writes the baseline: the comment and the entry are as committed
assert new File(basedir, 'src/test/resources/archrules-baseline.txt').readLines().contains('# SHOP-12: the order controller predates the service')
