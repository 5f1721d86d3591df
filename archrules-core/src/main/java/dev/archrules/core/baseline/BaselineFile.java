package dev.archrules.core.baseline;

import dev.archrules.core.baseline.BaselineProblem.Kind;
import dev.archrules.core.internal.io.AtomicFiles;
import dev.archrules.core.internal.io.FileProblems;
import dev.archrules.core.internal.io.LockFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baseline file format, version 1: a header line, optional preamble comments, a blank line, then
 * one sorted line per entry ({@code ruleId | key | count}) with its comments directly above it, then
 * optional trailing comments. UTF-8, LF; CRLF is read and normalised only when the file is written.
 */
final class BaselineFile {

    static final String HEADER = "# archrules baseline v1";
    private static final Pattern ANY_HEADER = Pattern.compile("# archrules baseline v(\\S+)");
    private static final Pattern COUNT = Pattern.compile("[1-9][0-9]{0,8}");
    private static final List<String> CONFLICT_MARKERS = List.of("<<<<<<<", "=======", ">>>>>>>", "|||||||");

    /** How long a write waits for another process's write of the same baseline before it gives up and names the lock. */
    static final Duration LOCK_PATIENCE = Duration.ofSeconds(60);
    private static final System.Logger LOG = System.getLogger("dev.archrules");

    private BaselineFile() {
    }

    /** The parsed file: preamble comments, entries in file order, trailing comments. */
    record Contents(List<String> preamble, List<BaselineEntry> entries, List<String> trailer) {

        Contents {
            preamble = List.copyOf(preamble);
            entries = entries.stream().sorted(BaselineEntry.ORDER).toList();
            trailer = List.copyOf(trailer);
        }

        static Contents empty(List<String> preamble) {
            return new Contents(preamble, List.of(), List.of());
        }

        Contents withEntries(List<BaselineEntry> newEntries) {
            return new Contents(preamble, newEntries, trailer);
        }

        /** The file's bytes: always LF, entries sorted, byte-identical for equal contents. */
        byte[] render() {
            StringBuilder out = new StringBuilder(HEADER).append('\n');
            preamble.forEach(line -> out.append(line).append('\n'));
            out.append('\n');
            for (BaselineEntry entry : entries) {
                entry.comments().forEach(line -> out.append(line).append('\n'));
                out.append(entry.line()).append('\n');
            }
            trailer.forEach(line -> out.append(line).append('\n'));
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Whether an entry can be written: its parts must not contain the separator, line breaks or a leading {@code #}. */
    static Optional<String> unwritable(BaselineEntry entry) {
        if (entry.ruleId().isBlank() || entry.ruleId().contains("|") || !entry.ruleId().equals(entry.ruleId().strip())) {
            return Optional.of("rule id '" + entry.ruleId() + "' cannot be written to a baseline");
        }
        if (entry.key().isBlank() || entry.key().contains("\n") || entry.key().contains("\r") || !entry.key().equals(entry.key().strip())) {
            return Optional.of("key '" + entry.key() + "' of " + entry.ruleId() + " cannot be written to a baseline (blank, padded or multi-line)");
        }
        return Optional.empty();
    }

    /**
     * Reads and validates the file: every problem is collected with its line, and any problem fails
     * with a {@link BaselineException}.
     *
     * @param knownRuleIds   ids of the checklist's rules; entries of other ids are orphaned
     * @param neverBaselined ids of rules that may not have entries
     */
    static Contents read(Path file, Set<String> knownRuleIds, Set<String> neverBaselined) {
        String text = decode(file, readBytes(file));
        List<String> lines = splitLines(text);
        List<BaselineProblem> problems = new ArrayList<>();
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            String first = lines.isEmpty() ? "" : lines.get(0);
            Matcher other = ANY_HEADER.matcher(first);
            problems.add(other.matches()
                    ? new BaselineProblem(file, 1, Kind.UNKNOWN_VERSION, "unknown baseline version v" + other.group(1)
                            + "; this archrules reads v1 — upgrade archrules or recreate the file with -D" + BaselineMode.PROPERTY + "=init")
                    : new BaselineProblem(file, 1, Kind.MISSING_HEADER, "missing header '" + HEADER + "' — the first line must be exactly that"));
            throw new BaselineException(file, problems);
        }
        List<String> preamble = new ArrayList<>();
        List<BaselineEntry> entries = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        Map<EntryId, Integer> seenAt = new HashMap<>();
        for (int index = 1; index < lines.size(); index++) {
            String line = lines.get(index);
            int lineNumber = index + 1;
            if (CONFLICT_MARKERS.stream().anyMatch(line::startsWith)) {
                problems.add(new BaselineProblem(file, lineNumber, Kind.MERGE_CONFLICT, "merge-conflict marker '" + line.substring(0, 7)
                        + "' — resolve the conflict: keep the entries of both sides, one line each, and remove the markers"));
            } else if (line.startsWith("#")) {
                pending.add(line);
            } else if (line.isBlank()) {
                if (entries.isEmpty()) {
                    preamble.addAll(pending);
                    pending.clear();
                }
            } else {
                parseEntry(line, file, lineNumber, pending, knownRuleIds, neverBaselined, problems).ifPresent(entry -> {
                    Integer earlier = seenAt.putIfAbsent(entry.id(), lineNumber);
                    if (earlier != null) {
                        problems.add(new BaselineProblem(file, lineNumber, Kind.DUPLICATE_ENTRY, "duplicate entry '" + entry.id() + "' (also on line " + earlier
                                + ") — keep one line and add the counts"));
                    } else {
                        entries.add(entry);
                    }
                });
                pending.clear();
            }
        }
        if (!problems.isEmpty()) {
            throw new BaselineException(file, problems);
        }
        return new Contents(preamble, entries, pending);
    }

    private static Optional<BaselineEntry> parseEntry(String line, Path file, int lineNumber, List<String> comments,
                                                      Set<String> knownRuleIds, Set<String> neverBaselined,
                                                      List<BaselineProblem> problems) {
        int first = line.indexOf(EntryId.SEPARATOR);
        int last = line.lastIndexOf(EntryId.SEPARATOR);
        if (first < 0 || first == last) {
            problems.add(new BaselineProblem(file, lineNumber, Kind.MALFORMED_LINE, "malformed line '" + line + "' — expected 'ruleId | key | count'"));
            return Optional.empty();
        }
        String ruleId = line.substring(0, first);
        String key = line.substring(first + EntryId.SEPARATOR.length(), last);
        String count = line.substring(last + EntryId.SEPARATOR.length());
        if (ruleId.isBlank() || key.isBlank() || !COUNT.matcher(count).matches()) {
            problems.add(new BaselineProblem(file, lineNumber, Kind.MALFORMED_LINE, "malformed line '" + line + "' — expected 'ruleId | key | count' with a count of at least 1"));
            return Optional.empty();
        }
        if (!knownRuleIds.contains(ruleId)) {
            problems.add(new BaselineProblem(file, lineNumber, Kind.ORPHANED_ENTRY, "orphaned entry: rule '" + ruleId
                    + "' is not part of the checklist — remove the line, or rename the id if the rule was renamed"));
            return Optional.empty();
        }
        if (neverBaselined.contains(ruleId)) {
            problems.add(new BaselineProblem(file, lineNumber, Kind.NOT_BASELINABLE, "rule '" + ruleId + "' may not be baselined — fix the violation and remove the line"));
            return Optional.empty();
        }
        return Optional.of(new BaselineEntry(ruleId, key, Integer.parseInt(count), comments));
    }

    private static byte[] readBytes(Path file) {
        requireFile(file);
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("archrules baseline " + file + " does not exist; create it from the current violations with "
                    + BaselineMode.INIT.command() + ", review it and commit it", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read archrules baseline " + file + ": " + FileProblems.reason(e), e);
        }
    }

    /** Fails with a message naming the path when {@code file} is a directory: a baseline is a file. */
    static void requireFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new IllegalStateException("archrules baseline " + file + " is a directory, not a file; point the baseline setting at the"
                    + " baseline file (e.g. " + Baseline.DEFAULT_FILE + ")");
        }
    }

    private static String decode(Path file, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BaselineException(file, List.of(new BaselineProblem(file, 0, Kind.NOT_UTF8, "not valid UTF-8 — save the file as UTF-8")));
        }
    }

    /** Lines split at LF, with a CR before the LF dropped (CRLF is accepted); a final line break ends the last line. */
    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int start = 0;
        while (start < body.length()) {
            int end = body.indexOf('\n', start);
            int stop = end < 0 ? body.length() : end;
            String line = body.substring(start, stop);
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            start = stop + 1;
        }
        return lines;
    }

    /**
     * Reads, changes and writes the file under a lock that serialises writers in this JVM (threads) and
     * across JVMs (forks), so concurrent writers never lose each other's changes or corrupt the file.
     * The new contents are written to a temporary file beside it and moved over it atomically. A file
     * whose rendered bytes do not change is not touched.
     *
     * @param change         turns the current contents ({@code Optional.empty()} if there is no file) into the new ones
     * @return the contents before and after the change
     */
    static Change update(Path file, Set<String> knownRuleIds, Set<String> neverBaselined,
                         UnaryOperator<Optional<Contents>> change) {
        return update(file, knownRuleIds, neverBaselined, change, LOCK_PATIENCE);
    }

    /** {@link #update(Path, Set, Set, UnaryOperator)}, waiting at most {@code patience} for another process's lock. */
    static Change update(Path file, Set<String> knownRuleIds, Set<String> neverBaselined,
                         UnaryOperator<Optional<Contents>> change, Duration patience) {
        Path target = writable(file);
        // the class monitor serialises the threads of this JVM (a JVM may hold only one FileLock per file),
        // the lock file serialises JVMs; baseline writes are rare, so one monitor for all files is enough
        synchronized (BaselineFile.class) {
            try (LockFile lock = LockFile.acquire(lockFile(target), patience, "archrules baseline " + target)) {
                lock.staleHolder().ifPresent(holder -> LOG.log(System.Logger.Level.INFO, "took over the stale lock " + lock.path()
                        + " left by process " + holder + " (a write that was killed)"));
                return updateLocked(target, knownRuleIds, neverBaselined, change);
            }
        }
    }

    /**
     * The absolute file to write for {@code file}: a symbolic link resolved (the link stays, its file is written, and
     * every link to one file shares its lock); its directory created if missing; a directory refused.
     */
    private static Path writable(Path file) {
        Path target = file.toAbsolutePath().normalize();
        requireFile(target);
        try {
            if (Files.isSymbolicLink(target)) {
                target = target.toRealPath();
            }
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write archrules baseline " + target + ": " + FileProblems.reason(e), e);
        }
        return target;
    }

    private static Change updateLocked(Path target, Set<String> knownRuleIds, Set<String> neverBaselined,
                                       UnaryOperator<Optional<Contents>> change) {
        try {
            // under the lock no other writer runs: what a killed write left behind can go
            AtomicFiles.removeLeftovers(target);
            Optional<Contents> before = Files.exists(target) ? Optional.of(read(target, knownRuleIds, neverBaselined)) : Optional.empty();
            Contents after = change.apply(before).orElseThrow();
            after.entries().forEach(entry -> unwritable(entry).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            }));
            byte[] bytes = after.render();
            if (before.isEmpty() || !java.util.Arrays.equals(readBytes(target), bytes)) {
                AtomicFiles.write(target, bytes);
            }
            return new Change(before.map(Contents::entries).orElse(List.of()), after.entries());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write archrules baseline " + target + ": " + FileProblems.reason(e), e);
        }
    }

    /** The entries before and after a write. */
    record Change(List<BaselineEntry> before, List<BaselineEntry> after) {
    }

    /**
     * The lock file of a baseline: beside it, hidden, named after it ({@code .archrules-baseline.txt.lock}); it exists
     * only while a write holds it.
     */
    static Path lockFile(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".lock");
    }
}
