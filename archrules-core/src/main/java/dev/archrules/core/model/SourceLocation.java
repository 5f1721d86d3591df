package dev.archrules.core.model;

import java.util.Objects;

/**
 * Where a violation sits in the source: the class, its source file name and a line ({@code 0} when the
 * bytecode has none, e.g. for a field declaration).
 *
 * @param className  fully qualified name of the class the violation belongs to
 * @param fileName   the source file name as recorded in the bytecode, e.g. {@code OrderController.java}
 * @param line       1-based line, or {@code 0} if unknown
 */
public record SourceLocation(String className, String fileName, int line) {

    public SourceLocation {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(fileName, "fileName");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0 but was " + line);
        }
    }

    /** A location in the source file of {@code className} with the file name derived from the class name. */
    public static SourceLocation of(String className, int line) {
        String outer = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
        String simple = outer.substring(outer.lastIndexOf('.') + 1);
        return new SourceLocation(className, simple + ".java", line);
    }

    /** The package-relative path of the source file, e.g. {@code com/acme/web/OrderController.java}. */
    public String relativePath() {
        int lastDot = className.lastIndexOf('.');
        String pkg = lastDot < 0 ? "" : className.substring(0, lastDot).replace('.', '/') + "/";
        return pkg + fileName;
    }

    /** The clickable form IDEs understand: {@code (OrderController.java:42)}. */
    @Override
    public String toString() {
        return "(" + fileName + ":" + line + ")";
    }
}
