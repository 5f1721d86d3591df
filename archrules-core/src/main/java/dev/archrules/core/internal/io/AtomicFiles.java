package dev.archrules.core.internal.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes files so that a reader, or a parallel test fork, never sees a half-written one: the bytes go to
 * a temporary file in the same directory, which is then moved over the target atomically.
 *
 * <p>The temporary file is named {@code .<target name>.archrules-<pid>-<random>.tmp}, so that the leftover of a
 * write that was killed half-way is recognisably ours, and whose: {@link #removeLeftovers(Path)} deletes those of
 * processes that no longer run. A file that is replaced keeps its POSIX permissions (and its owner and group where
 * the process may set them); a new file gets the permissions of the process's umask, like any file a tool creates.
 * A symbolic link is followed: the file it points to is replaced, the link stays.
 */
public final class AtomicFiles {

    private static final String MARK = ".archrules-";
    private static final Pattern LEFTOVER = Pattern.compile("\\..+\\.archrules-(\\d+)-[0-9a-f]+\\.tmp");

    private AtomicFiles() {
    }

    /**
     * Replaces {@code target} with {@code bytes} atomically, creating its directory if needed.
     *
     * @throws IOException if the directory cannot be created or written, or {@code target} is a directory
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path file = realTarget(target);
        if (Files.isDirectory(file)) {
            throw new FileAlreadyExistsException(file.toString(), null, "is a directory, not a file");
        }
        Path dir = file.getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve(temporaryName(file));
        try {
            // CREATE_NEW without attributes: the umask decides the permissions of a new file (createTempFile would make it 0600)
            Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            keepAttributes(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Deletes the temporary files that writes of {@code target} left behind when their process was killed: only files
     * named like ours, and only those of processes that no longer run (a live writer's file is left alone).
     *
     * @return the files deleted
     */
    public static List<Path> removeLeftovers(Path target) throws IOException {
        Path file = realTarget(target);
        Path dir = file.getParent();
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return removed;
        }
        String prefix = "." + file.getFileName() + MARK;
        try (DirectoryStream<Path> candidates = Files.newDirectoryStream(dir, entry -> entry.getFileName().toString().startsWith(prefix))) {
            for (Path candidate : candidates) {
                Optional<Long> writer = writerOf(candidate.getFileName().toString());
                if (writer.isPresent() && !running(writer.get()) && Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        Files.delete(candidate);
                        removed.add(candidate);
                    } catch (NoSuchFileException alreadyGone) {
                        // another run cleaned it up first
                    }
                }
            }
        }
        return removed;
    }

    /** The process id in the name of one of our temporary files, if {@code name} is one. */
    static Optional<Long> writerOf(String name) {
        Matcher matcher = LEFTOVER.matcher(name);
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    private static boolean running(long pid) {
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    static String temporaryName(Path file) {
        return "." + file.getFileName() + MARK + ProcessHandle.current().pid() + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp";
    }

    /** The absolute target, with a symbolic link at its place resolved so that the link survives the write. */
    private static Path realTarget(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        return Files.isSymbolicLink(absolute) ? absolute.toRealPath() : absolute;
    }

    /** Gives {@code temp} the POSIX permissions, owner and group of {@code existing}, if it exists and the file system has them. */
    private static void keepAttributes(Path existing, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(existing, PosixFileAttributeView.class);
        if (view == null || !Files.exists(existing)) {
            return;
        }
        PosixFileAttributes attributes = view.readAttributes();
        PosixFileAttributeView tempView = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        PosixFileAttributes current = tempView.readAttributes();
        try {
            if (!current.owner().equals(attributes.owner())) {
                tempView.setOwner(attributes.owner());
            }
            if (!current.group().equals(attributes.group())) {
                tempView.setGroup(attributes.group());
            }
        } catch (IOException notPermitted) {
            // only a privileged process may give a file away; the file then belongs to whoever writes it
        }
        tempView.setPermissions(attributes.permissions());
    }
}
