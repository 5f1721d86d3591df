package dev.archrules.core.baseline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A second JVM for {@link BaselineConcurrencyTest}: adds entries {@code prefix-0 … prefix-(n-1)} to the
 * baseline one write at a time, each a read-change-write of the whole file.
 */
public final class BaselineWriterMain {

    private BaselineWriterMain() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        String prefix = args[1];
        int count = Integer.parseInt(args[2]);
        System.out.println("ready");
        System.out.flush();
        for (int i = 0; i < count; i++) {
            BaselineFile.update(file, BaselineConcurrencyTest.RULES, Set.of(), adding(prefix + "-" + i));
        }
    }

    static java.util.function.UnaryOperator<Optional<BaselineFile.Contents>> adding(String key) {
        return contents -> {
            BaselineFile.Contents current = contents.orElseGet(() -> BaselineFile.Contents.empty(List.of()));
            List<BaselineEntry> entries = new ArrayList<>(current.entries());
            entries.add(BaselineEntry.of(BaselineConcurrencyTest.RULE, key, 1));
            return Optional.of(current.withEntries(entries));
        };
    }
}
