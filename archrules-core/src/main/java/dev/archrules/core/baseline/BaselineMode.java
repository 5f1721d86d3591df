package dev.archrules.core.baseline;

import java.util.Locale;

/**
 * What a checklist run does with its baseline file. Chosen without code changes through the system
 * property {@value #PROPERTY} (e.g. {@code mvn test -Darchrules.baseline.mode=prune}), or in code with
 * {@link Baseline#inMode(BaselineMode)}.
 */
public enum BaselineMode {
    /** The default: never writes; fails on new violations, and on stale entries when {@code CI=true}. */
    CHECK,
    /** Shrink-only: removes fixed entries and lowers counts; never adds. */
    PRUNE,
    /** Records the current violations on purpose, and prints what it added, changed and removed. */
    ACCEPT,
    /** Creates the baseline file from the current violations; fails if it exists already. */
    INIT;

    /** The system property that selects the mode: {@code check}, {@code prune}, {@code accept} or {@code init}. */
    public static final String PROPERTY = "archrules.baseline.mode";

    /** The mode named by {@code value} (case-insensitive); an unknown name fails with the known ones. */
    public static BaselineMode parse(String value) {
        for (BaselineMode mode : values()) {
            if (mode.name().equalsIgnoreCase(value.strip())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown " + PROPERTY + " '" + value + "'; use one of check, prune, accept, init");
    }

    /** The mode as written on the command line, e.g. {@code prune}. */
    public String argument() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Maven command line that runs the tests in this mode. */
    public String command() {
        return "mvn test -D" + PROPERTY + "=" + argument();
    }
}
