package dev.archrules.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

import java.util.List;

/**
 * Checks the classes of every module of the reactor together, in one import, and writes one report for the whole
 * reactor into the root's {@code target/archrules}: what {@code archrules:check} does per module, for the code base
 * as a whole, so that {@code packages.no-cycles} and {@code modules.no-cycles} see cycles that span Maven modules and
 * the rules see every module's roles at once. Run once at the root after the modules are built:
 * {@code mvn verify archrules:aggregate}. The settings, baseline ({@code src/test/resources/archrules-baseline.txt}
 * of the root) and reports are the root's; new violations fail the build as in {@code check}.
 */
@Mojo(name = "aggregate", aggregator = true, threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class AggregateMojo extends CheckMojo {

    @Override
    List<MavenProject> analysed() {
        return session.getProjects();
    }
}
