// asserts exact lines of the build log: the plugin's report and verdict
def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line) : "build.log has no line '" + line + "'" }
def absent = { String text -> assert !log.any { it.contains(text) } : "build.log should not contain '" + text + "'" }

expect '[INFO] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0'
expect '[INFO] BUILD SUCCESS'
