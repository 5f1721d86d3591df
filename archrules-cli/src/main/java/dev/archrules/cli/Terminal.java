package dev.archrules.cli;

/** Colours for the summary, only when writing to a terminal that shows them. */
final class Terminal {

    private static final String RED = "\u001B[31m";
    private static final String GREEN = "\u001B[32m";
    private static final String BOLD = "\u001B[1m";
    private static final String RESET = "\u001B[0m";

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

    /** The report with FAIL in red, PASS in green and the summary line in bold. */
    String colour(String report) {
        if (!colours) {
            return report;
        }
        StringBuilder out = new StringBuilder();
        String[] lines = report.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i == 0) {
                line = BOLD + line + RESET;
            } else if (line.startsWith("  FAIL ")) {
                line = "  " + RED + "FAIL" + RESET + line.substring(6);
            } else if (line.startsWith("  PASS ")) {
                line = "  " + GREEN + "PASS" + RESET + line.substring(6);
            }
            out.append(line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
