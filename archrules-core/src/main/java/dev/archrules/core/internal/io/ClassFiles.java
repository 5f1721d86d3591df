package dev.archrules.core.internal.io;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassReader;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassVisitor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;

/**
 * Reads a class's file once more, for what ArchUnit does not record (monitors, the order of instructions on a line, the
 * calls in the methods of a class the recommended import resolved from the class path). Asked only when a rule has found
 * something to weigh, which is rare: callers cache what they keep.
 */
public final class ClassFiles {

    private ClassFiles() {
    }

    /**
     * Hands the class file of {@code javaClass} to {@code visitor} (frames skipped); {@code false} when it has no file or
     * the file cannot be read — a caller then exempts nothing on a guess.
     */
    public static boolean accept(JavaClass javaClass, ClassVisitor visitor) {
        Optional<URI> uri = javaClass.getSource().map(source -> source.getUri());
        if (uri.isEmpty()) {
            return false;
        }
        try (InputStream in = uri.get().toURL().openStream()) {
            new ClassReader(in).accept(visitor, ClassReader.SKIP_FRAMES);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
