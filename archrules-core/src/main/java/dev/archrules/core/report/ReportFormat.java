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
    SARIF_NEW_ONLY("archrules-new.sarif"),
    /** The module map alone as a Mermaid {@code flowchart}, to commit in docs (GitHub draws it): {@code archrules-map.mmd}. Only when named. */
    MERMAID("archrules-map.mmd"),
    /** The module map alone as a self-contained SVG picture: {@code archrules-map.svg}. Only when named. */
    SVG("archrules-map.svg");

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    /** The file name in the report directory. */
    public String fileName() {
        return fileName;
    }

    /** The formats written unless others are named: every report, not the pictures alone ({@link #MERMAID}, {@link #SVG}). */
    public static java.util.EnumSet<ReportFormat> reports() {
        return java.util.EnumSet.range(MARKDOWN, SARIF_NEW_ONLY);
    }

    /** The name used in settings and on the command line: {@code markdown}, {@code html}, {@code json}, {@code sarif}, {@code sarif-new}, {@code mermaid}, {@code svg}. */
    public String argument() {
        return this == SARIF_NEW_ONLY ? "sarif-new" : name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The format named {@code value} ({@code md} is accepted for Markdown); fails with the known names. */
    public static ReportFormat parse(String value) {
        String name = value.strip().toLowerCase(java.util.Locale.ROOT);
        if (name.equals("md")) {
            return MARKDOWN;
        }
        for (ReportFormat format : values()) {
            if (format.argument().equals(name)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown report format '" + value + "'; known formats: markdown, html, json, sarif, sarif-new, mermaid, svg");
    }
}
