// the footprint: the enforcer's convergence rules passed on Boot 3.5's test class path with archrules on it, and
// what archrules brings (its subtree of the dependency tree) is ArchUnit and JavaParser, nothing else
def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line) : "build.log has no line '" + line + "'" }

expect '[INFO] Rule 0: org.apache.maven.enforcer.rules.dependency.DependencyConvergence passed'
expect '[INFO] BUILD SUCCESS'

def tree = new File(basedir, 'target/dependency-tree.txt').readLines()
def start = tree.findIndexOf { it.contains('dev.archrules:archrules-spring:jar:') }
assert start > 0 : 'archrules-spring is not in the dependency tree'
def depth = { String line -> line.indexOf(line.find(/[a-z]/)) }
def subtree = tree.drop(start + 1).takeWhile { depth(it) > depth(tree[start]) }
    .collect { it.replaceAll(/^[|+\\\- ]+/, '').replaceAll(/:jar:[^:]+:test$/, '') }
assert subtree == ['dev.archrules:archrules-core', 'com.tngtech.archunit:archunit', 'com.github.javaparser:javaparser-core'] :
    'archrules brings ' + subtree
