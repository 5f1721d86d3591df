package dev.archrules.core.baseline;

import java.nio.file.Path;
import java.util.List;

/**
 * A baseline file that cannot be used as it is: it names the file and every line to fix. The file is
 * left untouched. The problems are available as text ({@link #problems()}) and as data ({@link #details()}),
 * so that tools can point at the lines without parsing the message.
 */
public final class BaselineException extends RuntimeException {

    private final transient Path file;
    private final transient List<BaselineProblem> details;

    BaselineException(Path file, List<BaselineProblem> problems) {
        super(headline(file, problems.size()) + ":"
                + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", texts(problems)));
        this.file = file;
        this.details = List.copyOf(problems);
    }

    private static String headline(Path file, int count) {
        return "archrules baseline " + file + " cannot be used (" + count + (count == 1 ? " problem" : " problems")
                + "; the file was not changed)";
    }

    private static List<String> texts(List<BaselineProblem> problems) {
        return problems.stream().map(BaselineProblem::text).toList();
    }

    /** The baseline file. */
    public Path file() {
        return file;
    }

    /** The first line of the message, without the problems: {@code archrules baseline FILE cannot be used (N problems; …)}. */
    public String headline() {
        return headline(file, details.size());
    }

    /** Each problem as {@code file:line: what is wrong — how to fix it}. */
    public List<String> problems() {
        return texts(details);
    }

    /** Each problem as data: file, line, kind and message, in the order of the file. */
    public List<BaselineProblem> details() {
        return details;
    }
}
