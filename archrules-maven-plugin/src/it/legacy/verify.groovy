// asserts exact lines of the build log: the plugin's report and verdict
def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line) : "build.log has no line '" + line + "'" }
def absent = { String text -> assert !log.any { it.contains(text) } : "build.log should not contain '" + text + "'" }

expect '[INFO] archrules checklist: 1 violation of 1 rule in 1 class (3 classes analysed, 22 rules checked)'
expect '[INFO]   FAIL controllers.no-data-access (C2) controllers should not access repositories or data-access APIs — 1 violation'
expect '[INFO]     - Controller <com.acme.shop.orders.OrderController> depends on repository <com.acme.shop.orders.OrderRepository>: Method <com.acme.shop.orders.OrderController.name(long)> calls method <com.acme.shop.orders.OrderRepository.findName(long)> (and 2 more) in (OrderController.java:13)'
expect '[INFO]       fix: move the use of OrderRepository into a service method and call that from OrderController'
expect '[ERROR] Failed to execute goal dev.archrules:archrules-maven-plugin:' + projectVersion + ':check (default) on project legacy: archrules checklist: 1 violation of 1 rule in 1 class (3 classes analysed, 22 rules checked) in legacy; see the report above -> [Help 1]'
assert new File(basedir, 'target/archrules/archrules.sarif').isFile()
