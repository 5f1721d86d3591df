package dev.archrules.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Package names as the command reasons about them when it has to tell a code base's base package. */
public final class Packages {

    private Packages() {
    }

    /**
     * The longest package that contains all of {@code packages} (by whole segments: {@code com.acme.shop} and
     * {@code com.acme.shopping} share {@code com.acme}), empty when they share none or none is given.
     */
    /** Share of the classes one two-segment prefix must hold to be the code base when all classes share only one segment. */
    static final double MAIN_SHARE = 0.9;

    /**
     * What the base package inference decided: the base package, and the packages of the classes left out of it with
     * their class counts (library classes shipped inside the code base's jar).
     */
    public record Inferred(String basePackage, SortedMap<String, Integer> leftOut) {
    }

    /**
     * The base package of a code base whose classes lie in {@code packagesOfClasses} (one entry per class). Their common
     * package when it has two segments or more; never a single segment ({@code org}, {@code com}, {@code io}), which would
     * make every library of the same organisation part of the code base: when the classes share only one segment or
     * none, the classes under one two-segment prefix ({@code org.keycloak}) that hold at least 90 % of them are the code
     * base, and the rest (a library class patched and shipped inside the jar, {@code org.jboss.…}) is left out. Empty
     * when no prefix holds that share.
     */
    public static Optional<Inferred> base(List<String> packagesOfClasses) {
        String common = common(packagesOfClasses);
        if (segments(common) >= 2) {
            return Optional.of(new Inferred(common, new TreeMap<>()));
        }
        SortedMap<String, Integer> byPrefix = countsByPrefix(packagesOfClasses);
        Optional<Map.Entry<String, Integer>> largest = byPrefix.entrySet().stream().max(Map.Entry.comparingByValue());
        if (largest.isEmpty() || segments(largest.get().getKey()) < 2 || largest.get().getValue() < MAIN_SHARE * packagesOfClasses.size()) {
            return Optional.empty();
        }
        String prefix = largest.get().getKey();
        List<String> main = packagesOfClasses.stream().filter(pkg -> prefix(pkg).equals(prefix)).toList();
        SortedMap<String, Integer> leftOut = new TreeMap<>();
        packagesOfClasses.stream().filter(pkg -> !prefix(pkg).equals(prefix)).forEach(pkg -> leftOut.merge(pkg, 1, Integer::sum));
        return Optional.of(new Inferred(common(main), leftOut));
    }

    /** The classes per two-segment prefix of their packages ({@code org.keycloak}), for messages and {@link #base}. */
    public static SortedMap<String, Integer> countsByPrefix(Collection<String> packagesOfClasses) {
        SortedMap<String, Integer> byPrefix = new TreeMap<>();
        packagesOfClasses.forEach(pkg -> byPrefix.merge(prefix(pkg), 1, Integer::sum));
        return byPrefix;
    }

    private static String prefix(String pkg) {
        String[] parts = pkg.split("\\.");
        return parts.length < 2 ? pkg : parts[0] + "." + parts[1];
    }

    private static int segments(String pkg) {
        return pkg.isEmpty() ? 0 : pkg.split("\\.").length;
    }

    public static String common(Collection<String> packages) {
        List<String> common = null;
        for (String pkg : packages) {
            List<String> parts = Arrays.asList(pkg.split("\\."));
            if (common == null) {
                common = new ArrayList<>(parts);
                continue;
            }
            int same = 0;
            while (same < common.size() && same < parts.size() && common.get(same).equals(parts.get(same))) {
                same++;
            }
            common = new ArrayList<>(common.subList(0, same));
        }
        return common == null ? "" : String.join(".", common);
    }
}
