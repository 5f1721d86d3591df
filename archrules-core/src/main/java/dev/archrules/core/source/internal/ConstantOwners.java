package dev.archrules.core.source.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The classes a constant reference of a file may belong to, by the imports and the package of the file:
 * what {@link FactExtractor} records for each reference, and what the {@link SourceScan pre-filter} checks
 * before it lets a file through because of a constant's name.
 */
final class ConstantOwners {

    /**
     * The imports of a file.
     *
     * @param packagePrefix  the package with a trailing dot, or empty
     * @param types          single-type imports ({@code a.b.Queries})
     * @param typesOnDemand  on-demand imports ({@code a.b} of {@code a.b.*})
     * @param statics        single static imports ({@code a.b.Queries.FIND_ALL})
     * @param staticsOnDemand static on-demand imports ({@code a.b.Queries} of {@code a.b.Queries.*})
     */
    record Imports(String packagePrefix, List<String> types, List<String> typesOnDemand, List<String> statics,
                   List<String> staticsOnDemand) {

        Imports {
            types = List.copyOf(types);
            typesOnDemand = List.copyOf(typesOnDemand);
            statics = List.copyOf(statics);
            staticsOnDemand = List.copyOf(staticsOnDemand);
        }
    }

    private ConstantOwners() {
    }

    /** The owners of a bare {@code FIELD}: single static imports of it, the enclosing classes (given, innermost first), static on-demand imports. */
    static List<String> ofBare(String field, Imports imports, List<String> enclosing) {
        List<String> owners = new ArrayList<>();
        for (String imported : imports.statics()) {
            int dot = imported.lastIndexOf('.');
            if (dot > 0 && imported.substring(dot + 1).equals(field)) {
                owners.add(binaryCandidate(imported.substring(0, dot)));
            }
        }
        owners.addAll(enclosing);
        for (String owner : imports.staticsOnDemand()) {
            owners.add(binaryCandidate(owner));
        }
        return owners;
    }

    /** Binary names a type written as {@code scope} ({@code Queries}, {@code Outer.Inner}, {@code a.b.Queries}) may have in the file. */
    static List<String> ofScope(String scope, Imports imports, Map<String, String> nestedTypes) {
        String[] segments = scope.split("\\.");
        List<String> owners = new ArrayList<>();
        if (Character.isLowerCase(segments[0].charAt(0))) {
            StringBuilder binary = new StringBuilder();
            for (int i = 0; i < segments.length; i++) {
                boolean type = Character.isUpperCase(segments[i].charAt(0));
                boolean afterType = i > 0 && Character.isUpperCase(segments[i - 1].charAt(0));
                binary.append(i == 0 ? "" : afterType && type ? "$" : ".").append(segments[i]);
            }
            owners.add(binary.toString());
            return owners;
        }
        String first = segments[0];
        String rest = scope.substring(first.length()).replace('.', '$');
        if (nestedTypes.containsKey(first)) {
            owners.add(nestedTypes.get(first) + rest);
        }
        for (String imported : imports.types()) {
            if (imported.equals(first) || imported.endsWith("." + first)) {
                owners.add(binaryCandidate(imported) + rest);
            }
        }
        owners.add(imports.packagePrefix() + first + rest);
        for (String imported : imports.typesOnDemand()) {
            owners.add(imported + "." + first + rest);
        }
        return owners;
    }

    /** {@code a.b.Outer.Inner} → {@code a.b.Outer$Inner} (package segments start lower-case by convention). */
    static String binaryCandidate(String qualified) {
        String[] segments = qualified.split("\\.");
        StringBuilder binary = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            boolean nested = i > 0 && Character.isUpperCase(segments[i - 1].charAt(0));
            binary.append(i == 0 ? "" : nested ? "$" : ".").append(segments[i]);
        }
        return binary.toString();
    }
}
