package dev.archrules.core.report;

/** The files a checklist run can write, each rendered from the same {@link ReportModel}. */
public enum ReportFormat {
    /** GitHub-flavoured Markdown for step summaries and PR comments: {@code archrules.md}. */
    MARKDOWN("archrules.md"),
    /** One self-contained, filterable page, no network: {@code archrules.html}. */
    HTML("archrules.html"),
    /** Machine-readable, with a schema version and a deterministic order: {@code archrules.json}. */
    JSON("archrules.json"),
    /** SARIF 2.1.0 with every result, baselined ones as accepted suppressions and fixed ones absent: {@code archrules.sarif}. */
    SARIF("archrules.sarif"),
    /** SARIF 2.1.0 with only new results, for GitHub code scanning upload: {@code archrules-new.sarif}. */
    SARIF_NEW_ONLY("archrules-new.sarif");

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    /** The file name in the report directory. */
    public String fileName() {
        return fileName;
    }
}
