package dev.archrules.core.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * How much a rule's violations weigh: whether they fail a run or are only reported. Every rule has a default
 * severity (most are {@link #ERROR}); a checklist can change it per rule, and its {@code failOn} setting (default
 * {@link #ERROR}) says from which severity on a new violation fails the run. Severity never enters a violation's key,
 * a baseline entry or a SARIF fingerprint: changing it changes what fails, never what is new, baselined or fixed.
 */
public enum Severity {
    /** A violation fails the run (with the default {@code failOn=error}). */
    ERROR,
    /** Reported; fails the run only with {@code failOn=warning} (or {@code note}). Advice a reviewer wants to see. */
    WARNING,
    /** Reported as an inventory; fails the run only with {@code failOn=note}. */
    NOTE;

    /** The severity as written in settings and reports, and as SARIF's {@code level}: {@code error}, {@code warning}, {@code note}. */
    public String argument() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a new violation of this severity fails a run whose {@code failOn} is {@code failOn}. */
    public boolean fails(Severity failOn) {
        return ordinal() <= failOn.ordinal();
    }

    /** {@code 1 error}, {@code 2 warnings}: a count of violations of this severity. */
    public String count(int count) {
        return count + " " + argument() + (count == 1 ? "" : "s");
    }

    /**
     * The severity written {@code error}, {@code warning} or {@code note} (any case, surrounding blanks ignored).
     *
     * @throws IllegalArgumentException naming the text and the accepted values
     */
    public static Severity parse(String text) {
        String name = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(severity -> severity.argument().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown severity '" + name + "'; use error, warning or note"));
    }
}
