// asserts exact lines of the build log: the plugin's report and verdict
def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line) : "build.log has no line '" + line + "'" }
def absent = { String text -> assert !log.any { it.contains(text) } : "build.log should not contain '" + text + "'" }

// the Spring preset (15 core + 6 Spring rules) chosen by itself, the base package from @SpringBootApplication
expect '[INFO] archrules checklist: 1 violation of 1 rule in 1 class (3 classes analysed, 28 rules checked)'
expect '[INFO]   PASS spring.transactions-not-in-controllers (C10) controllers should not declare transactions'
expect '[INFO]   FAIL di.constructor-injection (C9) dependencies should be injected through constructors — 1 violation'
expect '[INFO]     - Field <com.acme.shop.orders.web.OrderController.service> is injected with @Autowired in (OrderController.java:17)'
expect '[INFO]       fix: make service final and add it as a constructor parameter of OrderController'
expect '[ERROR] Failed to execute goal dev.archrules:archrules-maven-plugin:' + projectVersion + ':check (default) on project spring-boot: archrules checklist: 1 violation of 1 rule in 1 class (3 classes analysed, 28 rules checked) in spring-boot; see the report above -> [Help 1]'
