package dev.archrules.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Package names as the command reasons about them when it has to tell a code base's base package. */
public final class Packages {

    private Packages() {
    }

    /**
     * The longest package that contains all of {@code packages} (by whole segments: {@code com.acme.shop} and
     * {@code com.acme.shopping} share {@code com.acme}), empty when they share none or none is given.
     */
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
