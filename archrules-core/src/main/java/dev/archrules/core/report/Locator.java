package dev.archrules.core.report;

import dev.archrules.core.model.SourceLocation;

/**
 * Repo-relative source paths: the configured source root followed by the package path of the file; and the link the
 * HTML report puts on each location.
 *
 * @param sourceRoot   prepended to package paths, e.g. {@code src/main/java/}
 * @param sourceUrl    a link pattern with {@code {path}} and {@code {line}}, e.g.
 *                     {@code https://github.com/acme/shop/blob/main/{path}#L{line}}; empty for links relative to the report
 * @param toSourceRoot the relative way from the report directory back to where {@code sourceRoot} starts, e.g. {@code ../../}
 */
record Locator(String sourceRoot, String sourceUrl, String toSourceRoot) {

    Locator {
        sourceRoot = sourceRoot.isEmpty() || sourceRoot.endsWith("/") ? sourceRoot : sourceRoot + "/";
    }

    /** Paths under this source root, linked relative to the working directory. */
    Locator(String sourceRoot) {
        this(sourceRoot, "", "");
    }

    /** E.g. {@code src/main/java/com/acme/web/OrderController.java}. */
    String path(SourceLocation location) {
        return sourceRoot + location.relativePath();
    }

    /** {@code path:line}, or just the path when the line is unknown. */
    String pathAndLine(SourceLocation location) {
        return location.line() > 0 ? path(location) + ":" + location.line() : path(location);
    }

    /**
     * The link to a location: the source URL pattern filled in ({@code {line}} as {@code 1} when the line is unknown),
     * else the file relative to the report.
     */
    String href(SourceLocation location) {
        if (sourceUrl.isEmpty()) {
            return toSourceRoot + path(location);
        }
        return sourceUrl.replace("{path}", path(location)).replace("{line}", String.valueOf(Math.max(1, location.line())));
    }

    /** The package of the violating class, e.g. {@code com.acme.web} ({@code (default)} for none). */
    static String packageOf(SourceLocation location) {
        int dot = location.className().lastIndexOf('.');
        return dot < 0 ? "(default)" : location.className().substring(0, dot);
    }
}
