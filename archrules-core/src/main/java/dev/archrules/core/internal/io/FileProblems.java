package dev.archrules.core.internal.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Says in a few words why a file operation failed, for messages that name the file and the reason
 * ({@code cannot write … target/archrules: permission denied}) instead of an exception's class name.
 */
public final class FileProblems {

    private FileProblems() {
    }

    /**
     * The reason of {@code failure}, without the path when the exception only repeats it: e.g.
     * {@code "permission denied (/repo/target)"}, {@code "not a directory (/repo/target)"},
     * {@code "does not exist (/repo/x)"}.
     */
    public static String reason(IOException failure) {
        if (failure instanceof FileSystemException fs) {
            String path = fs.getFile() == null ? "" : " (" + fs.getFile() + ")";
            String kind;
            if (fs instanceof AccessDeniedException) {
                kind = "permission denied";
            } else if (fs instanceof NoSuchFileException) {
                kind = "does not exist";
            } else if (fs instanceof NotDirectoryException) {
                kind = "not a directory";
            } else if (fs instanceof DirectoryNotEmptyException) {
                kind = "directory not empty";
            } else if (fs instanceof FileSystemLoopException) {
                kind = "symbolic link loop";
            } else if (fs instanceof FileAlreadyExistsException) {
                kind = fs.getReason() != null ? fs.getReason() : "exists and is not a directory";
            } else {
                kind = fs.getReason() != null ? fs.getReason() : fs.getClass().getSimpleName();
            }
            return kind + path;
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
