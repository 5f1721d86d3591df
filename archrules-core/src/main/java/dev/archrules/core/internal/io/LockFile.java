package dev.archrules.core.internal.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An exclusive lock between processes, held on a small file that exists only while it is held: {@link #acquire}
 * creates the file and takes the operating system's lock on it, writes who holds it, and {@link #close()} deletes
 * it before letting go. A file left by a process that was killed is not held by anyone (the operating system
 * drops the locks of a dead process): it is recognised as stale, taken over and removed after use.
 *
 * <p>Threads of one JVM must be serialised by the caller (a JVM may hold only one lock per file).
 *
 * @see #staleHolder()
 */
public final class LockFile implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(25);

    private final Path path;
    private final FileChannel channel;
    private final FileChannel check;
    private final FileLock lock;
    private final Optional<String> staleHolder;

    private LockFile(Path path, FileChannel channel, FileChannel check, FileLock lock, Optional<String> staleHolder) {
        this.path = path;
        this.channel = channel;
        this.check = check;
        this.lock = lock;
        this.staleHolder = staleHolder;
    }

    /**
     * Takes the lock at {@code path}, waiting at most {@code patience} for another process that holds it.
     *
     * @param purpose what the lock protects, for messages, e.g. {@code "archrules baseline /repo/b.txt"}
     * @throws UncheckedIOException naming the lock file, if it cannot be created or opened, or is held longer than
     *                              {@code patience} (the message says by whom)
     */
    public static LockFile acquire(Path path, Duration patience, String purpose) {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            FileChannel channel = open(path, purpose);
            try {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    String holder = holder(path).map(token -> "process " + token).orElse("another process");
                    channel.close();
                    if (Instant.now().isAfter(deadline)) {
                        String message = "cannot take the lock " + path + " of " + purpose + ": held by " + holder
                                + " for more than " + patience.toSeconds() + " s; if no archrules run is writing it, end that process or delete "
                                + path;
                        throw new UncheckedIOException(message, new IOException(message));
                    }
                    sleep();
                    continue;
                }
                // a holder deletes the file before it lets go: the file we locked must still be the one at the path
                String previous = read(channel);
                String token = ProcessHandle.current().pid() + " since " + Instant.now() + " #"
                        + Long.toHexString(ThreadLocalRandom.current().nextLong());
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(token.getBytes(StandardCharsets.UTF_8)), 0);
                channel.force(true);
                // read through a second channel that stays open while the lock is held: closing any descriptor of the
                // locked file would drop the process's POSIX lock on it
                FileChannel check = reopen(path);
                if (check == null || !read(check).equals(token)) {
                    if (check != null) {
                        closeQuietly(check);
                    }
                    lock.release();
                    channel.close();
                    continue;
                }
                return new LockFile(path, channel, check, lock, previous.isBlank() ? Optional.empty() : Optional.of(previous));
            } catch (IOException e) {
                closeQuietly(channel);
                throw new UncheckedIOException("cannot take the lock " + path + " of " + purpose + ": " + FileProblems.reason(e), e);
            } catch (RuntimeException | Error e) {
                closeQuietly(channel);
                throw e;
            }
        }
    }

    /** The lock file. */
    public Path path() {
        return path;
    }

    /**
     * Who held the lock file before, if it was left behind by a process that ended without removing it (killed
     * during a write): the stale lock that this lock took over, e.g. {@code "4711 since 2025-01-01T…"} (process id, when it took the lock, a random mark).
     */
    public Optional<String> staleHolder() {
        return staleHolder;
    }

    /** Deletes the lock file and lets go of the lock. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // the next holder takes the left file over as a stale lock
        } finally {
            try {
                lock.release();
            } catch (IOException e) {
                // closing the channel releases it too
            }
            closeQuietly(check);
            closeQuietly(channel);
        }
    }

    /** A reading channel on whatever file is at {@code path} now, or null if there is none. */
    private static FileChannel reopen(Path path) throws IOException {
        try {
            return FileChannel.open(path, StandardOpenOption.READ);
        } catch (NoSuchFileException gone) {
            return null;
        }
    }

    private static FileChannel open(Path path, String purpose) {
        try {
            return FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (AccessDeniedException denied) {
            if (!Files.exists(path)) {
                throw new UncheckedIOException("cannot create the lock " + path + " of " + purpose + ": permission denied ("
                        + path.getParent() + " cannot be written)", denied);
            }
            if (removeIfStale(path)) {
                return open(path, purpose);
            }
            throw new UncheckedIOException("cannot take the lock " + path + " of " + purpose + ": permission denied; "
                    + holder(path).map(holder -> "it was left by process " + holder + ", ").orElse("")
                    + "if no archrules run is writing it, delete " + path, denied);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take the lock " + path + " of " + purpose + ": " + FileProblems.reason(e), e);
        }
    }

    /** Removes a lock file we may not write (left by another user) if nobody holds it; whether it could. */
    private static boolean removeIfStale(Path path) {
        try (FileChannel reading = FileChannel.open(path, StandardOpenOption.READ);
             FileLock shared = reading.tryLock(0, Long.MAX_VALUE, true)) {
            if (shared == null) {
                return false;
            }
            Files.delete(path);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<String> holder(Path path) {
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static String read(FileChannel channel) throws IOException {
        long size = Math.min(channel.size(), 4096);
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a lock", e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing left to do
        }
    }
}
