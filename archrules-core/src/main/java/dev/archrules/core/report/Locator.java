package dev.archrules.core.report;

import dev.archrules.core.model.SourceLocation;

/** Repo-relative source paths: the configured source root followed by the package path of the file. */
record Locator(String sourceRoot) {

    Locator {
        sourceRoot = sourceRoot.isEmpty() || sourceRoot.endsWith("/") ? sourceRoot : sourceRoot + "/";
    }

    /** E.g. {@code src/main/java/com/acme/web/OrderController.java}. */
    String path(SourceLocation location) {
        return sourceRoot + location.relativePath();
    }

    /** {@code path:line}, or just the path when the line is unknown. */
    String pathAndLine(SourceLocation location) {
        return location.line() > 0 ? path(location) + ":" + location.line() : path(location);
    }

    /** The package of the violating class, e.g. {@code com.acme.web} ({@code (default)} for none). */
    static String packageOf(SourceLocation location) {
        int dot = location.className().lastIndexOf('.');
        return dot < 0 ? "(default)" : location.className().substring(0, dot);
    }
}
