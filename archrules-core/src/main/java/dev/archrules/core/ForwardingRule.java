package dev.archrules.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

import java.util.Objects;

/**
 * An {@link ArchRule} that wraps another and stays wrapped through ArchUnit's fluent calls: {@link #because},
 * {@link #allowEmptyShould} and {@link #as} return the same kind of wrapper around the changed rule. Subclasses
 * change what {@link #check} and {@link #evaluate} do.
 */
abstract class ForwardingRule implements ArchRule {

    protected final ArchRule delegate;

    protected ForwardingRule(ArchRule delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The same wrapper around {@code newDelegate}. */
    protected abstract ArchRule with(ArchRule newDelegate);

    @Override
    public EvaluationResult evaluate(JavaClasses classes) {
        return delegate.evaluate(classes);
    }

    @Override
    public ArchRule because(String reason) {
        return with(delegate.because(reason));
    }

    @Override
    public ArchRule allowEmptyShould(boolean allowEmptyShould) {
        return with(delegate.allowEmptyShould(allowEmptyShould));
    }

    @Override
    public ArchRule as(String newDescription) {
        return with(delegate.as(newDescription));
    }

    @Override
    public String getDescription() {
        return delegate.getDescription();
    }
}
