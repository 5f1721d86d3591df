package dev.archrules.core.report;

import dev.archrules.core.internal.io.AtomicFiles;
import dev.archrules.core.internal.io.FileProblems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where and how a checklist run writes its reports.
 *
 * <pre>{@code
 * Reports.into(Path.of("target/archrules")).withFormats(ReportFormat.MARKDOWN, ReportFormat.SARIF_NEW_ONLY)
 *        .withSourceRoot("service/src/main/java/");
 * }</pre>
 *
 * Each file is written to a temporary file and moved into place atomically, so parallel test forks
 * never leave a half-written report. Instances are immutable.
 */
public final class Reports {

    /** The report directory unless configured otherwise, relative to the module directory. */
    public static final Path DEFAULT_DIRECTORY = Path.of("target", "archrules");

    /** The source root prepended to package paths unless configured otherwise. */
    public static final String DEFAULT_SOURCE_ROOT = "src/main/java/";

    /** How many items each Markdown list shows before it is cut, unless configured otherwise. */
    public static final int DEFAULT_MARKDOWN_LIMIT = 100;

    private final Path directory;
    private final Set<ReportFormat> formats;
    private final String sourceRoot;
    private final int markdownLimit;
    private final String sourceUrl;

    private Reports(Path directory, Set<ReportFormat> formats, String sourceRoot, int markdownLimit, String sourceUrl) {
        this.directory = directory;
        this.formats = formats;
        this.sourceRoot = sourceRoot;
        this.markdownLimit = markdownLimit;
        this.sourceUrl = sourceUrl;
    }

    /** Every report format ({@link ReportFormat#reports()}: not the pictures alone) into this directory. */
    public static Reports into(Path directory) {
        return new Reports(Objects.requireNonNull(directory, "directory"), ReportFormat.reports(),
                DEFAULT_SOURCE_ROOT, DEFAULT_MARKDOWN_LIMIT, "");
    }

    /** Every format into {@link #DEFAULT_DIRECTORY}. */
    public static Reports intoDefaultDirectory() {
        return into(DEFAULT_DIRECTORY);
    }

    /** A copy that writes only these formats. */
    public Reports withFormats(ReportFormat... newFormats) {
        if (newFormats.length == 0) {
            throw new IllegalArgumentException("name at least one ReportFormat");
        }
        return new Reports(directory, EnumSet.copyOf(Arrays.asList(newFormats)), sourceRoot, markdownLimit, sourceUrl);
    }

    /** A copy that writes the same formats into another directory. */
    public Reports withDirectory(Path newDirectory) {
        return new Reports(Objects.requireNonNull(newDirectory, "directory"), formats, sourceRoot, markdownLimit, sourceUrl);
    }

    /**
     * A copy whose HTML report links each location to this URL pattern, {@code {path}} replaced by the repo-relative path
     * and {@code {line}} by the line, e.g. {@code https://github.com/acme/shop/blob/main/{path}#L{line}}; {@code ""} (the
     * default) links to the file relative to the report.
     *
     * @throws IllegalArgumentException if a non-empty pattern has no {@code {path}}
     */
    public Reports withSourceUrl(String pattern) {
        Objects.requireNonNull(pattern, "pattern");
        if (!pattern.isEmpty() && !pattern.contains("{path}")) {
            throw new IllegalArgumentException("source URL pattern '" + pattern + "' has no {path}; e.g. https://github.com/acme/shop/blob/main/{path}#L{line}");
        }
        return new Reports(directory, formats, sourceRoot, markdownLimit, pattern);
    }

    /**
     * A copy whose reports locate files under this repo-relative source root, e.g. {@code shop/src/main/java/}
     * for a module in a sub-directory; {@code ""} for paths relative to the source root itself.
     */
    public Reports withSourceRoot(String newSourceRoot) {
        return new Reports(directory, formats, Objects.requireNonNull(newSourceRoot, "sourceRoot"), markdownLimit, sourceUrl);
    }

    /** A copy whose Markdown lists show at most {@code limit} items each, then the count of the rest. */
    public Reports withMarkdownLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1 but was " + limit);
        }
        return new Reports(directory, formats, sourceRoot, limit, sourceUrl);
    }

    /** The report directory. */
    public Path directory() {
        return directory;
    }

    /** The source URL pattern of the HTML report's links; empty for links relative to the report. */
    public String sourceUrl() {
        return sourceUrl;
    }

    /** The formats written. */
    public Set<ReportFormat> formats() {
        return java.util.Collections.unmodifiableSet(EnumSet.copyOf(formats));
    }

    /** One format rendered as text. */
    public String render(ReportModel model, ReportFormat format) {
        Locator locator = new Locator(sourceRoot, sourceUrl, toWorkingDirectory());
        return switch (format) {
            case MARKDOWN -> MarkdownReport.render(model, locator, markdownLimit);
            case HTML -> HtmlReport.render(model, locator);
            case MERMAID -> Pictures.mermaid(model);
            case SVG -> Pictures.svg(model);
            case JSON -> JsonReport.render(model, locator);
            case SARIF -> SarifReport.render(model, locator, false);
            case SARIF_NEW_ONLY -> SarifReport.render(model, locator, true);
        };
    }

    /**
     * Writes every configured format into the directory, atomically each (removing what writes killed half-way left
     * there), and returns the files in format order.
     *
     * @throws UncheckedIOException naming the directory and the reason, if a file cannot be written
     */
    public List<Path> write(ReportModel model) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (ReportFormat format : formats) {
                Path target = directory.resolve(format.fileName());
                AtomicFiles.removeLeftovers(target);
                AtomicFiles.write(target, render(model, format).getBytes(StandardCharsets.UTF_8));
                written.add(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write archrules reports to " + directory + ": " + FileProblems.reason(e), e);
        }
        return written;
    }

    /** The relative way from the report directory back to the working directory, where the source root starts: {@code ../../}. */
    private String toWorkingDirectory() {
        Path base = Path.of("").toAbsolutePath();
        String back = base.resolve(directory).normalize().relativize(base).toString().replace('\\', '/');
        return back.isEmpty() ? "" : back + "/";
    }

    @Override
    public String toString() {
        return "Reports[" + directory + ", " + formats + (sourceUrl.isEmpty() ? "" : ", " + sourceUrl) + "]";
    }
}
