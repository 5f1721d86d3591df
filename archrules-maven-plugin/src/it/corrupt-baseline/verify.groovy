// asserts exact lines of the build log: the plugin's report and verdict
def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line) : "build.log has no line '" + line + "'" }
def absent = { String text -> assert !log.any { it.contains(text) } : "build.log should not contain '" + text + "'" }

// bad input, not violations: a MojoExecutionException ("Failed to execute goal", no "Execution … failed") with
// every problem as file:line, and the file left as it was
def baseline = new File(basedir, 'src/test/resources/archrules-baseline.txt').path
def fix = " — resolve the conflict: keep the entries of both sides, one line each, and remove the markers"
expect '[ERROR] Failed to execute goal dev.archrules:archrules-maven-plugin:' + projectVersion + ':check (default) on project corrupt-baseline: archrules baseline ' + baseline + ' cannot be used (4 problems; the file was not changed):'
expect '[ERROR]   ' + baseline + ":2: merge-conflict marker '<<<<<<<'" + fix
expect '[ERROR]   ' + baseline + ":4: merge-conflict marker '======='" + fix
expect '[ERROR]   ' + baseline + ":5: duplicate entry 'controllers.no-data-access | com.acme.shop.orders.OrderController -> com.acme.shop.orders.OrderRepository' (also on line 3) — keep one line and add the counts"
expect '[ERROR]   ' + baseline + ":6: merge-conflict marker '>>>>>>>'" + fix
assert new File(baseline).readLines().size() == 6
absent 'archrules checklist:'
