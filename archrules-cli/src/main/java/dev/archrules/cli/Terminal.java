package dev.archrules.cli;

import dev.archrules.core.report.ConsoleReport;

/** Whether to colour the console report: only when writing to a terminal that shows colours. */
final class Terminal {

    private final boolean colours;

    Terminal(boolean colours) {
        this.colours = colours;
    }

    /** Colours when stdout is a console, the terminal is not "dumb" and NO_COLOR is not set. */
    static Terminal detect(boolean noColourOption) {
        String term = System.getenv("TERM");
        boolean colours = !noColourOption && System.console() != null && System.getenv("NO_COLOR") == null
                && term != null && !term.equals("dumb");
        return new Terminal(colours);
    }

    /** The console report for this terminal: the headline in bold, FAIL in red and PASS in green, or plain. */
    ConsoleReport report() {
        return ConsoleReport.withColours(colours);
    }
}
