package dev.archrules.core.source.internal;

import dev.archrules.core.internal.io.EntryStore;
import dev.archrules.core.source.SourceFacts;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static dev.archrules.core.internal.io.EntryStore.count;
import static dev.archrules.core.internal.io.EntryStore.readNullable;
import static dev.archrules.core.internal.io.EntryStore.readString;
import static dev.archrules.core.internal.io.EntryStore.readStrings;
import static dev.archrules.core.internal.io.EntryStore.writeNullable;
import static dev.archrules.core.internal.io.EntryStore.writeString;
import static dev.archrules.core.internal.io.EntryStore.writeStrings;

/**
 * The source facts cache on disk: the facts of parsed files and the lexical scans of file texts, each under the
 * SHA-256 of the file's text, the archrules version with a digest of its fact-extracting code and the JavaParser jar
 * ({@link #codeFingerprint()}), and this format's version (content-addressed: a file moved or touched but not changed
 * keeps its entry; a changed file, another build of archrules or another format is a new key). Facts depend on the text alone — no setting changes what is extracted from a file — so nothing else is in
 * the key.
 *
 * <p>The entries live in an {@link EntryStore}, which the results cache shares: every entry carries its key, format
 * version and a checksum, and one that is truncated, corrupt, of another format or of another key is ignored,
 * deleted and rebuilt (never a wrong result); writes are atomic, so parallel forks never read half an entry; any I/O
 * failure is a cache miss, never a failed run.
 *
 * <p><b>Bounded.</b> When the store is first opened in a JVM and holds more than its limit (default 256 MB), the least
 * recently written entries are deleted until it holds at most three quarters of it. Entries read are touched, so that the
 * files of an unchanged code base stay.
 */
public final class FactStore {

    /** Bumped whenever {@link SourceFacts} or {@link SourceScan} or their encoding change. */
    static final int FORMAT = 5;
    private static final int MAGIC = 0x41524346; // "ARCF"
    private static final EntryStore.Kind FACTS = new EntryStore.Kind(MAGIC, FORMAT, (byte) 'F', ".facts");
    private static final EntryStore.Kind SCAN = new EntryStore.Kind(MAGIC, FORMAT, (byte) 'S', ".scan");
    /** The default size limit of a store directory. */
    public static final long DEFAULT_MAX_BYTES = EntryStore.DEFAULT_MAX_BYTES;

    private static final FactStore NONE = new FactStore(EntryStore.none());

    private final EntryStore entries;

    private FactStore(EntryStore entries) {
        this.entries = entries;
    }

    /** No store: every look-up misses and nothing is written. */
    public static FactStore none() {
        return NONE;
    }

    /**
     * The store in {@code directory} (created when first written), pruned to {@code maxBytes} now if it holds more.
     */
    public static FactStore at(Path directory, long maxBytes) {
        return new FactStore(EntryStore.at(directory, maxBytes));
    }

    /** Whether this store keeps anything. */
    public boolean enabled() {
        return entries.enabled();
    }

    /** The directory of the store, if it has one. */
    public Optional<Path> directory() {
        return entries.directory();
    }

    /** Look-ups answered from the store, missed, and entries found unreadable (and deleted) in this store's life. */
    public Counts counts() {
        EntryStore.Counts counts = entries.counts();
        return new Counts(counts.hits(), counts.misses(), counts.discarded());
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
        return entries.read(key, FACTS, in -> Codec.readFacts(in, path));
    }

    void putFacts(String key, SourceFacts facts) {
        entries.write(key, FACTS, out -> Codec.writeFacts(out, facts));
    }

    Optional<SourceScan> scan(String key) {
        return entries.read(key, SCAN, Codec::readScan);
    }

    void putScan(String key, SourceScan scan) {
        entries.write(key, SCAN, out -> Codec.writeScan(out, scan));
    }

    /** Deletes the least recently written entries (and stale temporary files) while the store holds more than its limit. */
    void prune() {
        entries.prune();
    }

    @Override
    public String toString() {
        return entries.enabled() ? "source facts store " + entries.directory().orElseThrow() : "no source facts store";
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
                out.writeBoolean(text.matched());
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
                writeStrings(out, method.parameterNames());
                out.writeInt(method.selfCalls().size());
                for (SourceFacts.SelfCall call : method.selfCalls()) {
                    writeString(out, call.name());
                    writeStrings(out, call.passed());
                }
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
                    boolean matched = in.readBoolean();
                    texts.add(new SourceFacts.Text(className, member, line, parts, boundName, message, call, argument, matched));
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
                    int dataTests = in.readInt();
                    List<String> parameterNames = readStrings(in);
                    int selfCallCount = count(in);
                    List<SourceFacts.SelfCall> selfCalls = new ArrayList<>(Math.min(selfCallCount, 64));
                    for (int c = 0; c < selfCallCount; c++) {
                        selfCalls.add(new SourceFacts.SelfCall(readString(in), readStrings(in)));
                    }
                    methods.add(new SourceFacts.Method(className, name, parameters, beginLine, endLine, statements, decisions,
                            translationCalls, alternatives, dataTests, parameterNames, selfCalls));
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
    }
}
