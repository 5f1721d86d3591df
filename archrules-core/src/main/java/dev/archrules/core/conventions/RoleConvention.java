package dev.archrules.core.conventions;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How one role is recognised. Signals are tried from strongest to weakest across all roles:
 * annotations (meta-annotations included) and custom predicates, then supertypes, then naming
 * suffixes, then package patterns. A replacement predicate, when set, is the only signal used.
 *
 * @param annotations  fully qualified annotation names, matched with meta-annotation semantics
 * @param supertypes   fully qualified names of classes or interfaces the class is assignable to
 * @param suffixes     simple-name suffixes such as {@code Controller}
 * @param packages     ArchUnit package patterns such as {@code ..web..}
 * @param predicates   further predicates, tried with the annotations
 * @param replacement  if present, the role is detected by this predicate alone
 */
public record RoleConvention(Set<String> annotations, Set<String> supertypes, Set<String> suffixes,
                             Set<String> packages, List<DescribedPredicate<? super JavaClass>> predicates,
                             Optional<DescribedPredicate<? super JavaClass>> replacement) {

    public RoleConvention {
        annotations = Set.copyOf(annotations);
        supertypes = Set.copyOf(supertypes);
        suffixes = Set.copyOf(suffixes);
        packages = Set.copyOf(packages);
        predicates = List.copyOf(predicates);
        Objects.requireNonNull(replacement, "replacement");
    }

    /** A convention that recognises nothing. */
    public static RoleConvention none() {
        return new RoleConvention(Set.of(), Set.of(), Set.of(), Set.of(), List.of(), Optional.empty());
    }

    public RoleConvention withAnnotations(String... names) {
        return new RoleConvention(plus(annotations, names), supertypes, suffixes, packages, predicates, replacement);
    }

    public RoleConvention withSupertypes(String... names) {
        return new RoleConvention(annotations, plus(supertypes, names), suffixes, packages, predicates, replacement);
    }

    public RoleConvention withSuffixes(String... names) {
        return new RoleConvention(annotations, supertypes, plus(suffixes, names), packages, predicates, replacement);
    }

    public RoleConvention withPackages(String... patterns) {
        return new RoleConvention(annotations, supertypes, suffixes, plus(packages, patterns), predicates, replacement);
    }

    public RoleConvention withPredicate(DescribedPredicate<? super JavaClass> predicate) {
        List<DescribedPredicate<? super JavaClass>> more = new ArrayList<>(predicates);
        more.add(Objects.requireNonNull(predicate, "predicate"));
        return new RoleConvention(annotations, supertypes, suffixes, packages, more, replacement);
    }

    public RoleConvention replacedBy(DescribedPredicate<? super JavaClass> predicate) {
        return new RoleConvention(annotations, supertypes, suffixes, packages, predicates,
                Optional.of(Objects.requireNonNull(predicate, "predicate")));
    }

    private static Set<String> plus(Set<String> existing, String... more) {
        Set<String> result = new LinkedHashSet<>(existing);
        Arrays.stream(more).map(value -> Objects.requireNonNull(value, "name").strip()).forEach(result::add);
        return result;
    }
}
