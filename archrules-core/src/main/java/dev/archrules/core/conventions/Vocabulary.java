package dev.archrules.core.conventions;

import dev.archrules.core.model.Role;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What archrules knows about a code base's frameworks, as data: for each role its annotations, supertypes,
 * suffixes, package patterns and predicates ({@link RoleConvention}), the data-access and HTTP client
 * {@linkplain ApiCatalogue API catalogues}, and named lists ({@link Term}s) such as the injection annotations,
 * the query annotations of the SQL rule or the mutable types of {@code state.stateless-singletons}.
 *
 * <p>Immutable: {@code with…}, {@code plus} and {@code without} return copies. {@link Conventions} wraps one
 * vocabulary and detects roles from it; most users change it through the conventions' {@code with…} methods.
 *
 * @param roles          how each role is recognised (every role present, {@link RoleConvention#none()} if nothing)
 * @param dataAccessApis the data-access API catalogue
 * @param httpClientApis the HTTP client API catalogue
 * @param terms          the lists this vocabulary sets; a term not set here has its {@linkplain Term#builtIn() built-in list}
 */
public record Vocabulary(Map<Role, RoleConvention> roles, ApiCatalogue dataAccessApis, ApiCatalogue httpClientApis,
                         Map<Term, Set<String>> terms) {

    public Vocabulary {
        EnumMap<Role, RoleConvention> all = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            all.put(role, roles.getOrDefault(role, RoleConvention.none()));
        }
        roles = Map.copyOf(all);
        Objects.requireNonNull(dataAccessApis, "dataAccessApis");
        Objects.requireNonNull(httpClientApis, "httpClientApis");
        Map<Term, Set<String>> copy = new HashMap<>();
        terms.forEach((term, names) -> copy.put(term, Set.copyOf(names)));
        terms = Map.copyOf(copy);
    }

    /** A vocabulary that recognises no role and sets no term: the rule terms keep their built-in lists. */
    public static Vocabulary empty() {
        return new Vocabulary(Map.of(), ApiCatalogue.of("data-access APIs"), ApiCatalogue.of("HTTP client APIs"), Map.of());
    }

    /** The Spring, Jakarta EE, Micronaut and Quarkus vocabulary described in {@code docs/conventions.md}. */
    public static Vocabulary defaults() {
        return DefaultVocabulary.create();
    }

    /** How {@code role} is recognised. */
    public RoleConvention role(Role role) {
        return roles.get(role);
    }

    /** The names of {@code term}: what this vocabulary sets, or the term's built-in list. */
    public Set<String> names(Term term) {
        return terms.getOrDefault(term, term.builtIn());
    }

    /** A copy in which the convention of {@code role} is changed, e.g. {@code c -> c.withSuffixes("Endpoint")}. */
    public Vocabulary withRole(Role role, UnaryOperator<RoleConvention> change) {
        Map<Role, RoleConvention> copy = new EnumMap<>(roles);
        copy.put(role, Objects.requireNonNull(change.apply(roles.get(role)), "changed convention"));
        return new Vocabulary(copy, dataAccessApis, httpClientApis, terms);
    }

    /** A copy with the data-access catalogue replaced. */
    public Vocabulary withDataAccessApis(ApiCatalogue catalogue) {
        return new Vocabulary(roles, Objects.requireNonNull(catalogue, "catalogue"), httpClientApis, terms);
    }

    /** A copy with the HTTP client catalogue replaced. */
    public Vocabulary withHttpClientApis(ApiCatalogue catalogue) {
        return new Vocabulary(roles, dataAccessApis, Objects.requireNonNull(catalogue, "catalogue"), terms);
    }

    /** A copy in which {@code term} has exactly {@code names} (an empty collection switches the term off). */
    public Vocabulary with(Term term, Collection<String> names) {
        Set<String> checked = new LinkedHashSet<>();
        names.forEach(name -> checked.add(term.requireForm(Objects.requireNonNull(name, "name").strip())));
        Map<Term, Set<String>> copy = new HashMap<>(terms);
        copy.put(term, checked);
        return new Vocabulary(roles, dataAccessApis, httpClientApis, copy);
    }

    /** A copy in which {@code term} has {@code more} names besides its current ones. */
    public Vocabulary plus(Term term, String... more) {
        Arrays.stream(more).forEach(name -> term.requireForm(Objects.requireNonNull(name, "name")));
        Set<String> names = new LinkedHashSet<>(names(term));
        names.addAll(Arrays.asList(more));
        return with(term, names);
    }

    /** A copy in which {@code term} lacks {@code names}, e.g. a default annotation that does not fit a code base. */
    public Vocabulary without(Term term, String... names) {
        Set<String> rest = new LinkedHashSet<>(names(term));
        Arrays.stream(names).map(String::strip).forEach(rest::remove);
        return with(term, rest);
    }
}
