// the README's dependency and test on Spring Boot 4: JUnit 6 runs them, both the plain @Test and the @ArchTest rule
// fail on the controller that uses the repository; the footprint converges on Boot 4's test class path
def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line) : "build.log has no line '" + line + "'" }

expect '[INFO] Rule 0: org.apache.maven.enforcer.rules.dependency.DependencyConvergence passed'
assert log.any { it.startsWith('JUnit Jupiter API 6.') } : 'the tests did not run on JUnit 6'
assert log.any { it.startsWith('archrules checklist: 1 violation of 1 rule in 1 class') } : 'the README test did not fail with the checklist report'
assert log.any { it.contains('Controller <com.acme.shop.orders.OrderController> depends on repository <com.acme.shop.orders.OrderRepository>') }
expect '[ERROR] Tests run: 3, Failures: 2, Errors: 0, Skipped: 0'
expect '[INFO] BUILD FAILURE'

def tree = new File(basedir, 'target/dependency-tree.txt').readLines()
def start = tree.findIndexOf { it.contains('dev.archrules:archrules-core:jar:') }
assert start > 0 : 'archrules-core is not in the dependency tree'
def depth = { String line -> line.indexOf(line.find(/[a-z]/)) }
def subtree = tree.drop(start + 1).takeWhile { depth(it) > depth(tree[start]) }
    .collect { it.replaceAll(/^[|+\\\- ]+/, '').replaceAll(/:jar:[^:]+:test$/, '') }
assert subtree == ['com.tngtech.archunit:archunit', 'com.github.javaparser:javaparser-core'] : 'archrules brings ' + subtree
