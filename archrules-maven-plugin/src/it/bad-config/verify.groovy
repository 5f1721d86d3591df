// asserts exact lines of the build log: the plugin's report and verdict
def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line) : "build.log has no line '" + line + "'" }
def absent = { String text -> assert !log.any { it.contains(text) } : "build.log should not contain '" + text + "'" }

def pom = new File(basedir, 'pom.xml').canonicalFile
assert log.any { it.startsWith('[ERROR] Failed to execute goal dev.archrules:archrules-maven-plugin:') && it.contains(
        ':check (default) on project bad-config: ' + pom + ': <checklist>: unknown setting <maxEndpoints>; known settings: basePackage, modules, rolePackages, exclude,') }
absent 'archrules checklist:'
