package dev.archrules.core.conventions;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Classes the checklist leaves alone: by fully qualified class name (nested classes included), by
 * ArchUnit package pattern ({@code com.acme.legacy..}) or by regular expression over the class name; and, unless
 * {@linkplain #includesGenerated() included}, generated code (recognised per run by the rule context).
 */
public final class Exclusions {

    private final List<String> classNames;
    private final List<String> packagePatterns;
    private final List<Pattern> regexes;
    /** The package patterns compiled once: {@link PackageMatcher#of} compiles a regular expression. */
    private final List<PackageMatcher> packageMatchers;
    private final boolean includeGenerated;

    private Exclusions(List<String> classNames, List<String> packagePatterns, List<Pattern> regexes) {
        this(classNames, packagePatterns, regexes, false);
    }

    private Exclusions(List<String> classNames, List<String> packagePatterns, List<Pattern> regexes, boolean includeGenerated) {
        this.includeGenerated = includeGenerated;
        this.classNames = List.copyOf(classNames);
        this.packagePatterns = List.copyOf(packagePatterns);
        this.regexes = List.copyOf(regexes);
        this.packageMatchers = this.packagePatterns.stream().map(PackageMatcher::of).toList();
    }

    /** No exclusions. */
    public static Exclusions none() {
        return new Exclusions(List.of(), List.of(), List.of());
    }

    /** A copy that also excludes these classes (and their nested classes). */
    public Exclusions withClasses(String... names) {
        List<String> more = new ArrayList<>(classNames);
        for (String name : names) {
            more.add(Objects.requireNonNull(name, "class name").strip());
        }
        return new Exclusions(more, packagePatterns, regexes, includeGenerated);
    }

    /** A copy that also excludes classes in packages matching these ArchUnit patterns, e.g. {@code com.acme.legacy..}. */
    public Exclusions withPackages(String... patterns) {
        List<String> more = new ArrayList<>(packagePatterns);
        for (String pattern : patterns) {
            PackageMatcher.of(pattern); // fails early on a malformed pattern
            more.add(pattern.strip());
        }
        return new Exclusions(classNames, more, regexes, includeGenerated);
    }

    /** A copy that also excludes classes whose fully qualified name matches one of these regular expressions. */
    public Exclusions withRegexes(String... regexes) {
        List<Pattern> more = new ArrayList<>(this.regexes);
        for (String regex : regexes) {
            more.add(Pattern.compile(regex));
        }
        return new Exclusions(classNames, packagePatterns, more, includeGenerated);
    }

    /** A copy that includes generated code ({@code true}) or leaves it out ({@code false}, the default). */
    public Exclusions includingGenerated(boolean include) {
        return new Exclusions(classNames, packagePatterns, regexes, include);
    }

    /** Whether generated code is analysed like the team's own; by default it is left out. */
    public boolean includesGenerated() {
        return includeGenerated;
    }

    /** Whether {@code javaClass} is excluded by name or package (generated code is recognised by the rule context). */
    public boolean excludes(JavaClass javaClass) {
        String name = javaClass.getName();
        for (String excluded : classNames) {
            if (name.equals(excluded) || name.startsWith(excluded + "$")) {
                return true;
            }
        }
        for (PackageMatcher matcher : packageMatchers) {
            if (matcher.matches(javaClass.getPackageName())) {
                return true;
            }
        }
        for (Pattern regex : regexes) {
            if (regex.matcher(name).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether nothing is excluded. */
    public boolean isEmpty() {
        return classNames.isEmpty() && packagePatterns.isEmpty() && regexes.isEmpty();
    }

    @Override
    public String toString() {
        List<String> all = new ArrayList<>(classNames);
        all.addAll(packagePatterns);
        regexes.forEach(regex -> all.add("regex:" + regex.pattern()));
        return all.toString();
    }
}
