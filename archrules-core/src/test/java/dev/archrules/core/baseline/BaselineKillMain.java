package dev.archrules.core.baseline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A second JVM for {@link BaselineInterruptionTest}: rewrites the baseline with contents A and B in turn, until it is
 * killed; says {@code ready} after its first write.
 */
public final class BaselineKillMain {

    static final String RULE = BaselineFileSystemTest.RULE;
    static final Set<String> RULES = Set.of(RULE);

    private BaselineKillMain() {
    }

    /** Contents A or B: {@code size} entries whose keys and counts differ between the two. */
    static BaselineFile.Contents contents(char version, int size) {
        List<BaselineEntry> entries = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            entries.add(new BaselineEntry(RULE, "com.acme.module" + i + ".Service" + version + " -> com.acme.other.Repository" + i,
                    version == 'A' ? 1 : 2, List.of("# owner: team " + version + i)));
        }
        return new BaselineFile.Contents(List.of("# version " + version), entries, List.of());
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int size = Integer.parseInt(args[1]);
        boolean first = true;
        for (int round = 0; ; round++) {
            char version = round % 2 == 0 ? 'B' : 'A';
            BaselineFile.update(file, RULES, Set.of(), contents -> Optional.of(contents(version, size)));
            if (first) {
                System.out.println("ready");
                System.out.flush();
                first = false;
            }
        }
    }
}
