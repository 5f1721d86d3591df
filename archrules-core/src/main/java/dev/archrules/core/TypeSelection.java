package dev.archrules.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which types outside an import the {@linkplain ChecklistImporter recommended import} imports fully: types of
 * the code base's packages (their roles matter), and the library types the rules recognise by supertype
 * ({@code entries}: binary names, or packages written {@code com.acme..}); the resolver adds their subtypes
 * and every annotation type.
 *
 * @param basePackages the code base's packages; an empty string stands for every package
 * @param typeNames    library types of interest, by binary name
 * @param packages     packages of interest (with their sub-packages)
 */
record TypeSelection(List<String> basePackages, Set<String> typeNames, List<String> packages) {

    TypeSelection {
        basePackages = List.copyOf(basePackages);
        typeNames = Set.copyOf(typeNames);
        packages = List.copyOf(packages);
    }

    static TypeSelection of(Collection<String> basePackages, Collection<String> entries) {
        Set<String> names = new TreeSet<>();
        Set<String> packages = new TreeSet<>();
        for (String entry : entries) {
            if (entry.endsWith("..")) {
                packages.add(entry.substring(0, entry.length() - 2));
            } else {
                names.add(entry);
            }
        }
        return new TypeSelection(List.copyOf(basePackages), names, List.copyOf(packages));
    }

    private static final String BASE = "base:";
    private static final String TYPE = "type:";

    /** The selection as class resolver arguments (ArchUnit keeps them in one comma-separated property). */
    List<String> arguments() {
        List<String> arguments = new ArrayList<>();
        basePackages.forEach(base -> arguments.add(BASE + base));
        typeNames.stream().sorted().forEach(type -> arguments.add(TYPE + type));
        packages.forEach(pkg -> arguments.add(TYPE + pkg + ".."));
        return arguments;
    }

    /** The selection from {@link #arguments()}. */
    static TypeSelection fromArguments(List<String> arguments) {
        List<String> bases = new ArrayList<>();
        List<String> entries = new ArrayList<>();
        for (String argument : arguments) {
            String value = argument.strip();
            if (value.startsWith(BASE)) {
                bases.add(value.substring(BASE.length()));
            } else if (value.startsWith(TYPE)) {
                entries.add(value.substring(TYPE.length()));
            } else if (!value.isEmpty()) {
                throw new IllegalArgumentException("unexpected class resolver argument '" + value
                        + "': the archrules resolver is set up by ChecklistImporter, not in archunit.properties");
            }
        }
        return of(bases, entries);
    }

    /** Whether the type belongs to the code base's packages. */
    boolean inCodeBase(String typeName) {
        return basePackages.stream().anyMatch(base -> within(typeName, base));
    }

    /** Whether the type is one the rules name, by type or package. */
    boolean named(String typeName) {
        return typeNames.contains(typeName) || packages.stream().anyMatch(pkg -> within(typeName, pkg));
    }

    private static boolean within(String typeName, String pkg) {
        return pkg.isEmpty() || typeName.startsWith(pkg) && typeName.length() > pkg.length() && typeName.charAt(pkg.length()) == '.';
    }
}
