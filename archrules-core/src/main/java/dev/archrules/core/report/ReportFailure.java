package dev.archrules.core.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Report files that could not be written. Reports are best effort: a run whose reports fail still prints its console
 * report and still passes or fails on its violations; this says which location failed and why, for a warning.
 *
 * @param directory the report directory that was to be written
 * @param reason    why it failed, e.g. {@code "permission denied (/repo/target)"}
 */
public record ReportFailure(Path directory, String reason) {

    public ReportFailure {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(reason, "reason");
    }

    /** The warning line: {@code warning: could not write the reports to /repo/target/archrules: permission denied (…); …}. */
    public String warning() {
        return "warning: could not write the reports to " + directory.toAbsolutePath().normalize() + ": " + reason
                + "; the console report above is complete and the result stands";
    }
}
