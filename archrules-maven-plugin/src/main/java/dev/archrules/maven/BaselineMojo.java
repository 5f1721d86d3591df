package dev.archrules.maven;

import dev.archrules.core.ChecklistResult;
import dev.archrules.core.baseline.BaselineMode;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.Optional;

/**
 * Creates or updates the module's baseline of accepted violations, as {@code archrules baseline init|prune|accept}
 * does: {@code mvn archrules:baseline -Darchrules.baseline.mode=init} records today's violations (and refuses to
 * overwrite an existing file), {@code prune} drops fixed entries and never adds, {@code accept} adds today's new
 * violations on purpose and prints what it added. The file is {@code src/test/resources/archrules-baseline.txt} in the
 * module unless {@code <baseline.file>} says otherwise. Compiles the module first (a goal for the command line).
 */
@Mojo(name = "baseline", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
@Execute(phase = LifecyclePhase.COMPILE)
public class BaselineMojo extends ChecklistMojo {

    /** What to do with the baseline: {@code init}, {@code prune} or {@code accept}, as the tests' property of the same name. */
    @Parameter(property = BaselineMode.PROPERTY, required = true)
    String mode;

    @Override
    Optional<BaselineMode> mode() {
        BaselineMode parsed = BaselineMode.parse(mode);
        if (parsed == BaselineMode.CHECK) {
            throw new IllegalArgumentException(BaselineMode.PROPERTY + "=check never writes the baseline: run archrules:check"
                    + " (mvn verify), or pass init, prune or accept");
        }
        return Optional.of(parsed);
    }

    @Override
    boolean requiresBaseline() {
        return true;
    }

    @Override
    void decide(ChecklistResult result) throws MojoFailureException, MojoExecutionException {
        if (result.failed()) {
            throw new MojoFailureException(headline(result) + " in " + project.getArtifactId() + "; see the report above");
        }
    }
}
