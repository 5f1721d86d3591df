package dev.archrules.maven;

import dev.archrules.core.ChecklistResult;
import dev.archrules.core.baseline.BaselineMode;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.Optional;

/**
 * Checks the module's production classes against the backend coupling checklist and fails the build on new
 * violations, as {@code archrules check} does: the module's classes and its compile and runtime class path, its
 * source roots, {@code archrules.properties} and the POM's settings, the baseline
 * ({@code src/test/resources/archrules-baseline.txt} when it exists), the reports in {@code target/archrules}.
 * Never writes the baseline unless {@code -Darchrules.baseline.mode} asks for it, as in the tests
 * ({@code archrules:baseline} is the goal for that).
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class CheckMojo extends ChecklistMojo {

    /**
     * Whether new violations (and, on CI, stale baseline entries) fail the build. With {@code false} they are reported
     * and the build goes on; bad input still fails it.
     */
    @Parameter(property = "archrules.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    @Override
    Optional<BaselineMode> mode() {
        return Optional.empty();
    }

    /**
     * No, unless {@code -Darchrules.baseline.mode} asks for a mode that writes one: then, as in the tests
     * ({@code mvn verify -Darchrules.baseline.mode=init}), the module's default baseline file is used even before it exists.
     */
    @Override
    boolean requiresBaseline() {
        String mode = System.getProperty(BaselineMode.PROPERTY);
        return mode != null && !mode.isBlank() && BaselineMode.parse(mode) != BaselineMode.CHECK;
    }

    @Override
    void decide(ChecklistResult result) throws MojoFailureException {
        if (!result.failed()) {
            return;
        }
        String message = headline(result) + " in " + project.getArtifactId() + "; see the report above";
        if (!failOnViolation) {
            getLog().warn(message + " (failOnViolation is false: the build goes on)");
            return;
        }
        throw new MojoFailureException(message);
    }
}
