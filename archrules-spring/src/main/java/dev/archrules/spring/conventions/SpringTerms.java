package dev.archrules.spring.conventions;

import dev.archrules.core.conventions.Term;

import java.util.Set;

/**
 * The {@link Term}s of the Spring rules: the lists they read from the conventions' vocabulary, each with
 * its built-in list, so a team extends them like the core ones, e.g.
 * {@code conventions.withTerm(SpringTerms.PROXIED_METHOD_ANNOTATIONS, "com.acme.Audited")}.
 */
public final class SpringTerms {

    /** The transaction annotations {@code spring.transactions-not-in-controllers} reports on controllers. */
    public static final Term TRANSACTION_ANNOTATIONS =
            new Term("spring.transaction-annotations", Term.Kind.ANNOTATIONS, SpringConventions.TRANSACTIONAL);

    /** The annotations {@code spring.no-self-invocation-of-proxied-methods} knows to work only through a proxy. */
    public static final Term PROXIED_METHOD_ANNOTATIONS =
            new Term("spring.proxied-method-annotations", Term.Kind.ANNOTATIONS, SpringConventions.PROXIED_METHOD_ANNOTATIONS);

    /** The bean look-ups {@code spring.no-bean-lookup} reports, {@code owner.Type#method}, subtypes of the owner included. */
    public static final Term BEAN_LOOKUP_METHODS =
            new Term("spring.bean-lookup-methods", Term.Kind.METHODS, SpringConventions.BEAN_LOOKUP_METHODS);

    /** The configuration-value annotations {@code spring.value-only-in-configuration} reports outside configuration. */
    public static final Term VALUE_ANNOTATIONS =
            new Term("spring.value-annotations", Term.Kind.ANNOTATIONS, Set.of(SpringConventions.VALUE));

    /**
     * Prefixes of Spring Boot's own property keys ({@code server.port}, {@code spring.application.name},
     * {@code management.…}, {@code logging.…}): documented and bound by the framework, never renamed by the team, so a key
     * of theirs read in several places is not a scattered setting ({@code spring.value-only-in-configuration}).
     */
    public static final Term FRAMEWORK_PROPERTY_PREFIXES =
            new Term("spring.framework-property-prefixes", Term.Kind.NAMES, Set.of("server.", "spring.", "management.", "logging."));

    private SpringTerms() {
    }
}
