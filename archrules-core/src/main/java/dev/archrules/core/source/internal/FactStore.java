package dev.archrules.core.source.internal;

import dev.archrules.core.source.SourceFacts;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The source facts cache on disk: the facts of parsed files and the lexical scans of file texts, each under the
 * SHA-256 of the file's text, the archrules version with a digest of its fact-extracting code and the JavaParser jar
 * ({@link #codeFingerprint()}), and this format's version (content-addressed: a file moved or touched but not changed
 * keeps its entry; a changed file, another build of archrules or another format is a new key). Facts depend on the text alone — no setting changes what is extracted from a file — so nothing else is in
 * the key.
 *
 * <p><b>Never a wrong result.</b> Every entry carries a magic number, the format version, its key and a CRC-32 of
 * its payload; an entry that is truncated, corrupt, of another format or of another key is ignored, deleted and
 * rebuilt. Writes go to a temporary file in the same directory and are moved into place atomically, so that parallel
 * forks (Surefire {@code forkCount}, parallel Maven builds) never read half an entry; two forks writing one key
 * write the same bytes and the second move simply loses. Any I/O failure of the store is a cache miss, never a
 * failed run.
 *
 * <p><b>Bounded.</b> When the store is first opened in a JVM and holds more than its limit (default 256 MB), the least
 * recently written entries are deleted until it holds at most three quarters of it. Entries read are touched, so that the
 * files of an unchanged code base stay.
 */
public final class FactStore {

    /** Tags this JVM's temporary files, with {@link #WRITES}: unique among forks writing to one directory. */
    private static final String WRITER = ProcessHandle.current().pid() + "-" + Long.toHexString(new Random().nextLong());
    private static final AtomicLong WRITES = new AtomicLong();

    /** Bumped whenever {@link SourceFacts} or {@link SourceScan} or their encoding change. */
    static final int FORMAT = 4;
    private static final int MAGIC = 0x41524346; // "ARCF"
    private static final byte FACTS = 'F';
    private static final byte SCAN = 'S';
    /** The default size limit of a store directory. */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

    private static final FactStore NONE = new FactStore(null, 0);

    private final Path directory;
    private final long maxBytes;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private final AtomicInteger discarded = new AtomicInteger();

    private FactStore(Path directory, long maxBytes) {
        this.directory = directory;
        this.maxBytes = maxBytes;
    }

    /** No store: every look-up misses and nothing is written. */
    public static FactStore none() {
        return NONE;
    }

    /**
     * The store in {@code directory} (created when first written), pruned to {@code maxBytes} now if it holds more.
     */
    public static FactStore at(Path directory, long maxBytes) {
        FactStore store = new FactStore(directory.toAbsolutePath().normalize(), maxBytes);
        // once per directory and limit in a JVM: every run opens the store (each @ArchTest rule of a test class one),
        // and a walk of the whole directory per run would cost more than the entries it could remove
        if (PRUNED.add(store.directory + "|" + maxBytes)) {
            store.prune();
        }
        return store;
    }

    /** The directories (with their limit) this JVM has pruned. */
    private static final java.util.Set<String> PRUNED = java.util.concurrent.ConcurrentHashMap.newKeySet();

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

    /** How a store was used. */
    public record Counts(int hits, int misses, int discarded) {
    }

    /** The key of a file's text. */
    static String keyOf(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("archrules " + Code.FINGERPRINT + " facts " + FORMAT + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** What the key says about the code that extracted the facts (see {@link #codeFingerprint()}); computed once. */
    private static final class Code {
        private static final String FINGERPRINT = codeFingerprint();
    }

    /**
     * The archrules version and a digest of the code that extracts facts — the class files of
     * {@code dev.archrules.core.source} (their names and contents, or the CRCs a jar records for them) — and the
     * JavaParser jar it parses with. A snapshot or a development build whose extraction changed therefore never reads
     * the facts an earlier build wrote under the same version. When the code cannot be read, a value of this JVM alone:
     * the store then serves only this run, never a wrong result.
     */
    static String codeFingerprint() {
        try {
            Path code = Path.of(FactStore.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            java.security.CodeSource parser = com.github.javaparser.JavaParser.class.getProtectionDomain().getCodeSource();
            String parserJar = parser == null ? "javaparser" : String.valueOf(Path.of(parser.getLocation().toURI()).getFileName());
            return codeFingerprint(code, FactStore.class.getPackage().getImplementationVersion(), parserJar);
        } catch (Exception | LinkageError e) {
            return "unreadable code " + java.util.UUID.randomUUID();
        }
    }

    /** The fingerprint of the archrules code in {@code code} (a classes directory or a jar), see {@link #codeFingerprint()}. */
    static String codeFingerprint(Path code, String version, String parserJar) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
        digest.update(("archrules " + (version == null ? "development" : version) + "\n").getBytes(StandardCharsets.UTF_8));
        String sourcePackage = "dev/archrules/core/source/";
        if (Files.isDirectory(code)) {
            Path root = code.resolve(sourcePackage);
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    digest.update(root.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(file));
                }
            }
        } else {
            try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(code.toFile())) {
                List<? extends java.util.zip.ZipEntry> entries = jar.stream()
                        .filter(entry -> entry.getName().startsWith(sourcePackage))
                        .sorted(Comparator.comparing(java.util.zip.ZipEntry::getName)).toList();
                for (java.util.zip.ZipEntry entry : entries) {
                    digest.update((entry.getName() + " " + entry.getCrc() + " " + entry.getSize() + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        digest.update(parserJar.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The facts stored for {@code key}, with {@code path} as their path (the same text may lie elsewhere now). */
    Optional<SourceFacts> facts(String key, String path) {
        return decoded(key, FACTS, in -> Codec.readFacts(in, path));
    }

    void putFacts(String key, SourceFacts facts) {
        write(key, FACTS, out -> Codec.writeFacts(out, facts));
    }

    Optional<SourceScan> scan(String key) {
        return decoded(key, SCAN, Codec::readScan);
    }

    /** An entry decoded; one whose payload passes the checksum but does not decode is discarded like a corrupt one. */
    private <T> Optional<T> decoded(String key, byte kind, java.util.function.Function<DataInputStream, T> decoder) {
        Optional<DataInputStream> payload = read(key, kind);
        if (payload.isEmpty()) {
            return Optional.empty();
        }
        try {
            T value = decoder.apply(payload.get());
            hits.incrementAndGet();
            return Optional.of(value);
        } catch (RuntimeException e) {
            discard(file(key, kind));
            return Optional.empty();
        }
    }

    void putScan(String key, SourceScan scan) {
        write(key, SCAN, out -> Codec.writeScan(out, scan));
    }

    private Path file(String key, byte kind) {
        return directory.resolve(key.substring(0, 2)).resolve(key.substring(2) + (kind == FACTS ? ".facts" : ".scan"));
    }

    private Optional<DataInputStream> read(String key, byte kind) {
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
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || in.readByte() != kind || !in.readUTF().equals(key)) {
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

    private interface Encoder {
        void encode(DataOutputStream out) throws IOException;
    }

    private void write(String key, byte kind, Encoder encoder) {
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
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeByte(kind);
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
    void prune() {
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

    @Override
    public String toString() {
        return directory == null ? "no source facts store" : "source facts store " + directory;
    }

    /** The encoding of facts and scans: explicit, versioned by {@link #FORMAT}, no Java serialisation. */
    static final class Codec {

        private Codec() {
        }

        static void writeFacts(DataOutputStream out, SourceFacts facts) throws IOException {
            out.writeInt(facts.texts().size());
            for (SourceFacts.Text text : facts.texts()) {
                writeString(out, text.className());
                writeString(out, text.member());
                out.writeInt(text.line());
                writeParts(out, text.parts());
                writeNullable(out, text.boundName());
                out.writeBoolean(text.message());
                writeNullable(out, text.call());
                SourceFacts.Argument argument = text.argument();
                out.writeBoolean(argument != null);
                if (argument != null) {
                    writeString(out, argument.callee());
                    out.writeBoolean(argument.creation());
                    out.writeInt(argument.index());
                    out.writeInt(argument.count());
                    writeNullable(out, argument.preceding());
                }
            }
            Map<String, List<SourceFacts.Part>> constants = new TreeMap<>(facts.constants());
            out.writeInt(constants.size());
            for (Map.Entry<String, List<SourceFacts.Part>> constant : constants.entrySet()) {
                writeString(out, constant.getKey());
                writeParts(out, constant.getValue());
            }
            out.writeInt(facts.methods().size());
            for (SourceFacts.Method method : facts.methods()) {
                writeString(out, method.className());
                writeString(out, method.name());
                out.writeInt(method.parameters());
                out.writeInt(method.beginLine());
                out.writeInt(method.endLine());
                out.writeInt(method.logicStatements());
                out.writeInt(method.decisions());
                writeStrings(out, new TreeSet<>(method.translationCalls()));
                out.writeInt(method.alternatives().size());
                for (SourceFacts.Alternatives chain : method.alternatives()) {
                    out.writeInt(chain.branches().size());
                    for (SourceFacts.Branch branch : chain.branches()) {
                        out.writeInt(branch.beginLine());
                        out.writeInt(branch.endLine());
                    }
                }
                out.writeInt(method.dataTests());
            }
        }

        static SourceFacts readFacts(DataInputStream in, String path) {
            try {
                int textCount = count(in);
                List<SourceFacts.Text> texts = new ArrayList<>(Math.min(textCount, 1024));
                for (int i = 0; i < textCount; i++) {
                    String className = readString(in);
                    String member = readString(in);
                    int line = in.readInt();
                    List<SourceFacts.Part> parts = readParts(in);
                    String boundName = readNullable(in);
                    boolean message = in.readBoolean();
                    String call = readNullable(in);
                    SourceFacts.Argument argument = in.readBoolean()
                            ? new SourceFacts.Argument(readString(in), in.readBoolean(), in.readInt(), in.readInt(), readNullable(in))
                            : null;
                    texts.add(new SourceFacts.Text(className, member, line, parts, boundName, message, call, argument));
                }
                int constantCount = count(in);
                Map<String, List<SourceFacts.Part>> constants = new TreeMap<>();
                for (int i = 0; i < constantCount; i++) {
                    constants.put(readString(in), readParts(in));
                }
                int methodCount = count(in);
                List<SourceFacts.Method> methods = new ArrayList<>(Math.min(methodCount, 1024));
                for (int i = 0; i < methodCount; i++) {
                    String className = readString(in);
                    String name = readString(in);
                    int parameters = in.readInt();
                    int beginLine = in.readInt();
                    int endLine = in.readInt();
                    int statements = in.readInt();
                    int decisions = in.readInt();
                    TreeSet<String> translationCalls = new TreeSet<>(readStrings(in));
                    int chainCount = count(in);
                    List<SourceFacts.Alternatives> alternatives = new ArrayList<>(Math.min(chainCount, 64));
                    for (int c = 0; c < chainCount; c++) {
                        int branchCount = count(in);
                        List<SourceFacts.Branch> branches = new ArrayList<>(Math.min(branchCount, 64));
                        for (int b = 0; b < branchCount; b++) {
                            branches.add(new SourceFacts.Branch(in.readInt(), in.readInt()));
                        }
                        alternatives.add(new SourceFacts.Alternatives(branches));
                    }
                    methods.add(new SourceFacts.Method(className, name, parameters, beginLine, endLine, statements, decisions,
                            translationCalls, alternatives, in.readInt()));
                }
                if (in.available() != 0) {
                    throw new IOException("trailing bytes");
                }
                return new SourceFacts(path, texts, constants, methods);
            } catch (IOException e) {
                throw new IllegalStateException("corrupt facts entry", e);
            }
        }

        static void writeScan(DataOutputStream out, SourceScan scan) throws IOException {
            writeStrings(out, new TreeSet<>(scan.values()));
            writeStrings(out, new TreeSet<>(scan.boundNames()));
            writeStrings(out, new TreeSet<>(scan.argumentCalls()));
            List<SourceScan.ConstantUse> uses = new ArrayList<>(scan.constantUses());
            uses.sort(Comparator.comparing((SourceScan.ConstantUse use) -> String.valueOf(use.scope())).thenComparing(SourceScan.ConstantUse::name));
            out.writeInt(uses.size());
            for (SourceScan.ConstantUse use : uses) {
                writeNullable(out, use.scope());
                writeString(out, use.name());
            }
            writeStrings(out, new TreeSet<>(scan.declaredConstants()));
            Map<String, String> values = new TreeMap<>(scan.constantValues());
            out.writeInt(values.size());
            for (Map.Entry<String, String> value : values.entrySet()) {
                writeString(out, value.getKey());
                writeString(out, value.getValue());
            }
            ConstantOwners.Imports imports = scan.imports();
            writeNullable(out, imports.packagePrefix());
            writeStrings(out, imports.types());
            writeStrings(out, imports.typesOnDemand());
            writeStrings(out, imports.statics());
            writeStrings(out, imports.staticsOnDemand());
        }

        static SourceScan readScan(DataInputStream in) {
            try {
                List<String> values = readStrings(in);
                List<String> boundNames = readStrings(in);
                List<String> argumentCalls = readStrings(in);
                int useCount = count(in);
                List<SourceScan.ConstantUse> uses = new ArrayList<>(Math.min(useCount, 1024));
                for (int i = 0; i < useCount; i++) {
                    uses.add(new SourceScan.ConstantUse(readNullable(in), readString(in)));
                }
                List<String> declared = readStrings(in);
                int valueCount = count(in);
                Map<String, String> constantValues = new TreeMap<>();
                for (int i = 0; i < valueCount; i++) {
                    constantValues.put(readString(in), readString(in));
                }
                ConstantOwners.Imports imports = new ConstantOwners.Imports(readNullable(in), readStrings(in), readStrings(in),
                        readStrings(in), readStrings(in));
                if (in.available() != 0) {
                    throw new IOException("trailing bytes");
                }
                return SourceScan.of(values, boundNames, argumentCalls, uses, declared, constantValues, imports);
            } catch (IOException e) {
                throw new IllegalStateException("corrupt scan entry", e);
            }
        }

        private static void writeParts(DataOutputStream out, List<SourceFacts.Part> parts) throws IOException {
            out.writeInt(parts.size());
            for (SourceFacts.Part part : parts) {
                if (part instanceof SourceFacts.Literal literal) {
                    out.writeByte(0);
                    writeString(out, literal.value());
                } else if (part instanceof SourceFacts.ConstantRef ref) {
                    out.writeByte(1);
                    writeStrings(out, ref.owners());
                    writeString(out, ref.field());
                    writeString(out, ref.written());
                } else {
                    out.writeByte(2);
                }
            }
        }

        private static List<SourceFacts.Part> readParts(DataInputStream in) throws IOException {
            int count = count(in);
            List<SourceFacts.Part> parts = new ArrayList<>(Math.min(count, 1024));
            for (int i = 0; i < count; i++) {
                byte tag = in.readByte();
                parts.add(switch (tag) {
                    case 0 -> new SourceFacts.Literal(readString(in));
                    case 1 -> new SourceFacts.ConstantRef(readStrings(in), readString(in), readString(in));
                    case 2 -> new SourceFacts.Hole();
                    default -> throw new IOException("unknown part " + tag);
                });
            }
            return parts;
        }

        private static void writeStrings(DataOutputStream out, java.util.Collection<String> strings) throws IOException {
            out.writeInt(strings.size());
            for (String string : strings) {
                writeString(out, string);
            }
        }

        private static List<String> readStrings(DataInputStream in) throws IOException {
            int count = count(in);
            List<String> strings = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                strings.add(readString(in));
            }
            return strings;
        }

        /** A count of items that follow: each takes at least one byte, so more than the bytes left is corrupt. */
        private static int count(DataInputStream in) throws IOException {
            int count = in.readInt();
            if (count < 0 || count > in.available()) {
                throw new IOException("bad count " + count);
            }
            return count;
        }

        private static void writeNullable(DataOutputStream out, String value) throws IOException {
            out.writeBoolean(value != null);
            if (value != null) {
                writeString(out, value);
            }
        }

        private static String readNullable(DataInputStream in) throws IOException {
            return in.readBoolean() ? readString(in) : null;
        }

        /**
         * Length-prefixed UTF-16 code units: exact for every Java string, unpaired surrogates included (UTF-8 would
         * replace them, and {@code writeUTF} is limited to 64 KB, too small for a text block).
         */
        private static void writeString(DataOutputStream out, String value) throws IOException {
            out.writeInt(value.length());
            out.writeChars(value);
        }

        private static String readString(DataInputStream in) throws IOException {
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
    }
}
