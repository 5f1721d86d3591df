package dev.archrules.core.baseline;

import java.nio.file.Path;
import java.util.List;

/**
 * A baseline file that cannot be used as it is: it names the file and every line to fix. The file is
 * left untouched.
 */
public final class BaselineException extends RuntimeException {

    private final transient List<String> problems;

    BaselineException(Path file, List<String> problems) {
        super("archrules baseline " + file + " cannot be used (" + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + "; the file was not changed):"
                + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as {@code file:line: what is wrong — how to fix it}. */
    public List<String> problems() {
        return problems;
    }
}
