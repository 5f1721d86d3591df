package dev.archrules.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.archrules.core.conventions.Roles;

/**
 * A checklist rule as a plain ArchUnit rule ({@link BackendChecklist#rule}, {@link BackendChecklist#rules}): before each
 * evaluation it tells the run's roles which classes the import holds ({@link Roles#learnImport}), so that an
 * {@code @ArchTest} rule infers the code base's layer packages from the imported classes, as
 * {@link BackendChecklist#check} does, and not from the library classes the resolver read from the class path.
 */
final class ImportAwareRule extends ForwardingRule {

    private final Roles roles;

    ImportAwareRule(ArchRule delegate, Roles roles) {
        super(delegate);
        this.roles = roles;
    }

    @Override
    protected ImportAwareRule with(ArchRule newDelegate) {
        return new ImportAwareRule(newDelegate, roles);
    }

    @Override
    public void check(JavaClasses classes) {
        Assertions.assertNoViolation(evaluate(classes));
    }

    @Override
    public EvaluationResult evaluate(JavaClasses classes) {
        roles.learnImport(classes);
        return delegate.evaluate(classes);
    }
}
