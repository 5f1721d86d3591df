package dev.archrules.core.internal.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * A directory of content-addressed cache entries ({@code archrules-cache}): one file per key, {@code ab/cdef….ext}, that
 * the source facts cache and the results cache share — the same directory, the same size bound, the same rules.
 *
 * <p><b>Never a wrong result.</b> Every entry carries a magic number, its kind's format version and tag, its key and a
 * CRC-32 of its payload; an entry that is truncated, corrupt, of another format or of another key is ignored, deleted
 * and rebuilt, and so is one whose payload passes the checksum but does not decode. Writes go to a temporary file in
 * the same directory and are moved into place atomically, so that parallel forks (Surefire {@code forkCount}, parallel
 * Maven builds) never read half an entry; two forks writing one key write the same bytes and the second move simply
 * loses. Any I/O failure of the store is a cache miss, never a failed run.
 *
 * <p><b>Bounded.</b> When a directory is first opened in a JVM and holds more than its limit, the least recently written
 * entries (of every kind) are deleted until it holds at most three quarters of it. Entries read are touched, so that
 * the entries of an unchanged code base stay.
 */
public final class EntryStore {

    /** Tags this JVM's temporary files, with {@link #WRITES}: unique among forks writing to one directory. */
    private static final String WRITER = ProcessHandle.current().pid() + "-" + Long.toHexString(new Random().nextLong());
    private static final AtomicLong WRITES = new AtomicLong();
    /** The directories (with their limit) this JVM has pruned. */
    private static final Set<String> PRUNED = ConcurrentHashMap.newKeySet();

    private static final EntryStore NONE = new EntryStore(null, 0);
    /** The default size limit of an {@code archrules-cache} directory: source facts and results together. */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

    /**
     * A kind of entry: what its header says and how its file name ends.
     *
     * @param magic     the number every entry of the kind starts with
     * @param format    bumped whenever what the kind holds or its encoding changes
     * @param tag       one byte that tells kinds of one magic apart
     * @param extension the file name's ending, e.g. {@code .facts}
     */
    public record Kind(int magic, int format, byte tag, String extension) {
    }

    /** Writes a payload. */
    @FunctionalInterface
    public interface Encoder {
        void encode(DataOutputStream out) throws IOException;
    }

    /** Reads a payload; any exception it throws makes the entry corrupt. */
    @FunctionalInterface
    public interface Decoder<T> {
        T decode(DataInputStream in) throws IOException;
    }

    /** How a store was used: look-ups answered, missed, and entries found unreadable (and deleted). */
    public record Counts(int hits, int misses, int discarded) {
    }

    private final Path directory;
    private final long maxBytes;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private final AtomicInteger discarded = new AtomicInteger();

    private EntryStore(Path directory, long maxBytes) {
        this.directory = directory;
        this.maxBytes = maxBytes;
    }

    /** No store: every look-up misses and nothing is written. */
    public static EntryStore none() {
        return NONE;
    }

    /** The store in {@code directory} (created when first written), pruned to {@code maxBytes} now if it holds more. */
    public static EntryStore at(Path directory, long maxBytes) {
        EntryStore store = new EntryStore(directory.toAbsolutePath().normalize(), maxBytes);
        // once per directory and limit in a JVM: every run opens the store (each @ArchTest rule of a test class one),
        // and a walk of the whole directory per run would cost more than the entries it could remove
        if (PRUNED.add(store.directory + "|" + maxBytes)) {
            store.prune();
        }
        return store;
    }

    /** Whether this store keeps anything. */
    public boolean enabled() {
        return directory != null;
    }

    /** The directory of the store, if it has one. */
    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /** Look-ups answered from the store, missed, and entries found unreadable (and deleted) in this store's life. */
    public Counts counts() {
        return new Counts(hits.get(), misses.get(), discarded.get());
    }

    /** The file of {@code key}'s entry of {@code kind}: {@code ab/cdef….ext} under the directory. */
    public Path file(String key, Kind kind) {
        return directory.resolve(key.substring(0, 2)).resolve(key.substring(2) + kind.extension());
    }

    /** The entry of {@code key} decoded; empty (and the entry deleted if it was there but unreadable) otherwise. */
    public <T> Optional<T> read(String key, Kind kind, Decoder<T> decoder) {
        Optional<DataInputStream> payload = payload(key, kind);
        if (payload.isEmpty()) {
            return Optional.empty();
        }
        try {
            T value = decoder.decode(payload.get());
            if (payload.get().available() != 0) {
                throw new IOException("trailing bytes");
            }
            hits.incrementAndGet();
            return Optional.of(value);
        } catch (IOException | RuntimeException e) {
            discard(file(key, kind));
            return Optional.empty();
        }
    }

    /** Deletes the entry of {@code key}, e.g. one that decoded but does not fit the run that read it. */
    public void discard(String key, Kind kind) {
        if (directory != null) {
            discard(file(key, kind));
        }
    }

    private Optional<DataInputStream> payload(String key, Kind kind) {
        if (directory == null) {
            return Optional.empty();
        }
        Path file = file(key, kind);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            misses.incrementAndGet();
            return Optional.empty();
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (in.readInt() != kind.magic() || in.readInt() != kind.format() || in.readByte() != kind.tag() || !in.readUTF().equals(key)) {
                throw new IOException("not an entry of this format and key");
            }
            int length = in.readInt();
            byte[] payload = in.readNBytes(length);
            CRC32 crc = new CRC32();
            crc.update(payload);
            if (payload.length != length || in.readLong() != crc.getValue() || in.available() != 0) {
                throw new IOException("truncated or corrupt");
            }
            touch(file);
            return Optional.of(new DataInputStream(new ByteArrayInputStream(payload)));
        } catch (IOException | RuntimeException e) {
            discard(file);
            return Optional.empty();
        }
    }

    private void discard(Path file) {
        discarded.incrementAndGet();
        misses.incrementAndGet();
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // another fork may hold it; it is rewritten on the next miss either way
        }
    }

    /** Writes the entry of {@code key}; a failure to write is ignored (a miss next time, never a failed run). */
    public void write(String key, Kind kind, Encoder encoder) {
        if (directory == null) {
            return;
        }
        Path file = file(key, kind);
        Path temporary = null;
        try {
            ByteArrayOutputStream payload = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(payload)) {
                encoder.encode(out);
            }
            byte[] bytes = payload.toByteArray();
            CRC32 crc = new CRC32();
            crc.update(bytes);
            ByteArrayOutputStream entry = new ByteArrayOutputStream(bytes.length + 128);
            try (DataOutputStream out = new DataOutputStream(entry)) {
                out.writeInt(kind.magic());
                out.writeInt(kind.format());
                out.writeByte(kind.tag());
                out.writeUTF(key);
                out.writeInt(bytes.length);
                out.write(bytes);
                out.writeLong(crc.getValue());
            }
            Files.createDirectories(file.getParent());
            // a name no other writer uses (this JVM's tag and a counter): cheaper than createTempFile's secure random name
            temporary = file.resolveSibling(file.getFileName() + "." + WRITER + "-" + WRITES.incrementAndGet() + ".part");
            Files.write(temporary, entry.toByteArray(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (FileAlreadyExistsException e) {
            // written by another fork at the same moment: the same bytes
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written is a cache miss next time, never a failed run
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // left as a .part file; pruning removes it
                }
            }
        }
    }

    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException ignored) {
            // read-only store: the entry still counts, pruning may take it earlier
        }
    }

    /** Deletes the least recently written entries (and stale temporary files) while the store holds more than its limit. */
    public void prune() {
        if (directory == null || !Files.isDirectory(directory)) {
            return;
        }
        record Entry(Path path, long size, long modified) {
        }
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        try (Stream<Path> files = Files.walk(directory, 2)) {
            for (Path path : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                try {
                    long size = Files.size(path);
                    long modified = Files.getLastModifiedTime(path).toMillis();
                    if (path.getFileName().toString().endsWith(".part") && modified < System.currentTimeMillis() - 3_600_000) {
                        Files.deleteIfExists(path);
                        continue;
                    }
                    entries.add(new Entry(path, size, modified));
                    total += size;
                } catch (IOException ignored) {
                    // deleted by another fork meanwhile
                }
            }
        } catch (IOException | RuntimeException e) {
            return;
        }
        if (total <= maxBytes) {
            return;
        }
        entries.sort(Comparator.comparingLong(Entry::modified));
        for (Entry entry : entries) {
            if (total <= maxBytes * 3 / 4) {
                break;
            }
            try {
                Files.deleteIfExists(entry.path());
                total -= entry.size();
            } catch (IOException ignored) {
                // in use elsewhere; the next prune tries again
            }
        }
    }

    // ---------------------------------------------------------------- encoding helpers shared by the kinds

    /**
     * Length-prefixed UTF-16 code units: exact for every Java string, unpaired surrogates included (UTF-8 would
     * replace them, and {@code writeUTF} is limited to 64 KB, too small for a text block).
     */
    public static void writeString(DataOutputStream out, String value) throws IOException {
        out.writeInt(value.length());
        out.writeChars(value);
    }

    /** A string written by {@link #writeString}. */
    public static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available() / 2) {
            throw new IOException("bad length " + length);
        }
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = in.readChar();
        }
        return new String(chars);
    }

    /** A count, then each string. */
    public static void writeStrings(DataOutputStream out, java.util.Collection<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String string : strings) {
            writeString(out, string);
        }
    }

    /** Strings written by {@link #writeStrings}, in their order. */
    public static List<String> readStrings(DataInputStream in) throws IOException {
        int count = count(in);
        List<String> strings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            strings.add(readString(in));
        }
        return strings;
    }

    /** A count of items that follow: each takes at least one byte, so more than the bytes left is corrupt. */
    public static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > in.available()) {
            throw new IOException("bad count " + count);
        }
        return count;
    }

    /** A string or {@code null}. */
    public static void writeNullable(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            writeString(out, value);
        }
    }

    /** A string or {@code null} written by {@link #writeNullable}. */
    public static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? readString(in) : null;
    }

    @Override
    public String toString() {
        return directory == null ? "no cache store" : "cache store " + directory;
    }
}
