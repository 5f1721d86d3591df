package dev.archrules.core.baseline;

import dev.archrules.core.internal.io.LockFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The baseline on the file system: its lock (beside it, removed after use, stale locks taken over, a lock that
 * cannot be taken named), permissions and owner kept, leftovers of killed writes removed, and paths that are
 * not a file refused with the path.
 */
class BaselineFileSystemTest {

    static final String RULE = "controllers.no-data-access";
    private static final Set<String> KNOWN = Set.of(RULE);
    private static final String FILE = "# archrules baseline v1\n\n" + RULE + " | a.B -> c.D | 1\n";

    @TempDir
    Path dir;

    private Path baseline() throws IOException {
        return Files.writeString(dir.resolve("archrules-baseline.txt"), FILE);
    }

    private static Optional<BaselineFile.Contents> adding(Optional<BaselineFile.Contents> contents, String key) {
        return BaselineWriterMain.adding(key).apply(contents);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void the_lock_sits_beside_the_baseline_while_it_is_written_and_is_gone_afterwards() throws IOException {
        Path file = baseline();
        Path lock = dir.resolve(".archrules-baseline.txt.lock");
        AtomicBoolean lockedDuringWrite = new AtomicBoolean();

        BaselineFile.update(file, KNOWN, Set.of(), contents -> {
            lockedDuringWrite.set(Files.isRegularFile(lock));
            return adding(contents, "e.F -> g.H");
        });

        assertThat(lockedDuringWrite).as("lock file beside the baseline during the write").isTrue();
        assertThat(names()).containsExactly("archrules-baseline.txt");
        assertThat(BaselineFile.lockFile(file.toAbsolutePath())).isEqualTo(lock.toAbsolutePath());
    }

    @Test
    void a_stale_lock_left_by_a_killed_writer_is_taken_over_and_removed() throws IOException {
        Path file = baseline();
        Path lock = Files.writeString(dir.resolve(".archrules-baseline.txt.lock"), "999999999 since 2020-01-01T00:00:00Z #dead");

        try (LockFile taken = LockFile.acquire(lock, Duration.ofSeconds(1), "test")) {
            assertThat(taken.staleHolder()).as("detected as stale, with who left it").contains("999999999 since 2020-01-01T00:00:00Z #dead");
        }
        Files.writeString(lock, "999999999 since 2020-01-01T00:00:00Z #dead");
        BaselineFile.update(file, KNOWN, Set.of(), contents -> adding(contents, "e.F -> g.H"));

        assertThat(names()).containsExactly("archrules-baseline.txt");
        assertThat(Files.readString(file)).contains("e.F -> g.H");
    }

    @Test
    void a_lock_held_by_another_process_too_long_fails_naming_the_lock_file_and_its_holder() throws Exception {
        Path file = baseline();
        Path lock = dir.resolve(".archrules-baseline.txt.lock");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolderMain.class.getName(), lock.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(output.readLine()).isEqualTo("locked");

            assertThatThrownBy(() -> BaselineFile.update(file, KNOWN, Set.of(), contents -> adding(contents, "e.F -> g.H"), Duration.ofSeconds(1)))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageStartingWith("cannot take the lock " + lock.toAbsolutePath() + " of archrules baseline " + file.toAbsolutePath()
                            + ": held by process " + holder.pid() + " since ")
                    .hasMessageEndingWith(" for more than 1 s; if no archrules run is writing it, end that process or delete " + lock.toAbsolutePath());
            assertThat(Files.readString(file)).as("nothing written").isEqualTo(FILE);
        } finally {
            holder.destroyForcibly().waitFor();
        }
        // once the holder is gone (killed: its lock file stays), the next write takes the stale lock over
        BaselineFile.update(file, KNOWN, Set.of(), contents -> adding(contents, "e.F -> g.H"));
        assertThat(names()).containsExactly("archrules-baseline.txt");
    }

    @Test
    void a_lock_that_cannot_be_created_fails_naming_the_lock_file() throws IOException {
        Path file = baseline();
        Path lock = Files.createDirectory(dir.resolve(".archrules-baseline.txt.lock"));

        assertThatThrownBy(() -> BaselineFile.update(file, KNOWN, Set.of(), contents -> adding(contents, "e.F -> g.H")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot take the lock " + lock.toAbsolutePath() + " of archrules baseline " + file.toAbsolutePath()
                        + ": Is a directory (" + lock.toAbsolutePath() + ")");
        assertThat(Files.readString(file)).isEqualTo(FILE);
    }

    @Test
    void a_rewrite_keeps_the_files_permissions_and_owner() throws IOException {
        Path file = baseline();
        assumeThat(file.getFileSystem().supportedFileAttributeViews()).contains("posix");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        Optional<UserPrincipal> other = otherOwner(file);
        if (other.isPresent()) {
            Files.setOwner(file, other.get());
        }
        UserPrincipal owner = Files.getOwner(file);

        BaselineFile.update(file, KNOWN, Set.of(), contents -> adding(contents, "e.F -> g.H"));

        assertThat(Files.readString(file)).contains("e.F -> g.H");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
        assertThat(Files.getOwner(file)).isEqualTo(owner);
    }

    /** Another user (nobody) when this process may give files away (runs as root), so the owner test can fail. */
    private static Optional<UserPrincipal> otherOwner(Path file) {
        try {
            UserPrincipal nobody = file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Path probe = Files.createTempFile(file.getParent(), "owner", ".probe");
            try {
                Files.setOwner(probe, nobody);
                return Optional.of(nobody);
            } finally {
                Files.delete(probe);
            }
        } catch (IOException | UnsupportedOperationException notPermitted) {
            return Optional.empty();
        }
    }

    @Test
    void a_new_baseline_gets_the_ordinary_umask_permissions_not_0600() throws IOException {
        assumeThat(dir.getFileSystem().supportedFileAttributeViews()).contains("posix");
        Path file = dir.resolve("new-baseline.txt");
        Path ordinary = Files.createFile(dir.resolve("ordinary.txt"));

        BaselineFile.update(file, KNOWN, Set.of(), contents -> adding(contents, "e.F -> g.H"));

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(ordinary));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isNotEqualTo("rw-------");
    }

    @Test
    void leftovers_of_killed_writes_are_removed_at_the_next_write_and_nothing_else() throws IOException {
        Path file = baseline();
        Path dead = Files.writeString(dir.resolve(".archrules-baseline.txt.archrules-999999999-1f2e.tmp"), "half a fi");
        Path live = Files.writeString(dir.resolve(".archrules-baseline.txt.archrules-" + ProcessHandle.current().pid() + "-3c4d.tmp"), "in progress");
        Path notOurs = Files.writeString(dir.resolve(".archrules-baseline.txt.swp"), "an editor's");
        Path otherFile = Files.writeString(dir.resolve(".other.txt.archrules-999999999-1f2e.tmp"), "another file's");

        BaselineFile.update(file, KNOWN, Set.of(), contents -> adding(contents, "e.F -> g.H"));

        assertThat(dead).doesNotExist();
        assertThat(live).as("a running writer's temporary file").exists();
        assertThat(notOurs).exists();
        assertThat(otherFile).as("only the leftovers of this file").exists();
    }

    @Test
    void a_baseline_that_is_a_symbolic_link_stays_a_link_and_its_file_is_written() throws IOException {
        Path real = Files.writeString(Files.createDirectory(dir.resolve("shared")).resolve("baseline.txt"), FILE);
        Path link;
        try {
            link = Files.createSymbolicLink(dir.resolve("archrules-baseline.txt"), real);
        } catch (UnsupportedOperationException | IOException noLinks) {
            assumeThat(noLinks).as("symbolic links supported").isNull();
            return;
        }

        BaselineFile.update(link, KNOWN, Set.of(), contents -> adding(contents, "e.F -> g.H"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("e.F -> g.H");
    }

    @Test
    void a_baseline_path_that_is_a_directory_is_refused_by_read_and_write_naming_it() throws IOException {
        Path directory = Files.createDirectory(dir.resolve("archrules-baseline.txt"));
        String message = "archrules baseline " + directory + " is a directory, not a file; point the baseline setting at the baseline file"
                + " (e.g. src/test/resources/archrules-baseline.txt)";

        assertThatThrownBy(() -> BaselineFile.read(directory, KNOWN, Set.of())).isInstanceOf(IllegalStateException.class).hasMessage(message);
        assertThatThrownBy(() -> BaselineFile.update(directory, KNOWN, Set.of(), contents -> adding(contents, "e.F -> g.H")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(message.replace(directory.toString(), directory.toAbsolutePath().toString()));
        assertThat(names()).containsExactly("archrules-baseline.txt");
    }

    @Test
    void a_new_baseline_whose_parent_is_a_file_fails_naming_both() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("resources"), "a file");
        Path file = notADirectory.resolve("archrules-baseline.txt");

        assertThatThrownBy(() -> BaselineFile.update(file, KNOWN, Set.of(), contents -> adding(contents, "e.F -> g.H")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot write archrules baseline " + file.toAbsolutePath() + ": exists and is not a directory ("
                        + notADirectory.toAbsolutePath() + ")");
    }

    @Test
    void a_new_baseline_in_a_missing_directory_creates_the_directory() throws IOException {
        Path file = dir.resolve("src/test/resources/archrules-baseline.txt");

        BaselineFile.update(file, KNOWN, Set.of(), contents -> adding(contents, "e.F -> g.H"));

        assertThat(Files.readString(file)).contains("e.F -> g.H");
        assertThat(Files.list(file.getParent()).map(path -> path.getFileName().toString())).containsExactly("archrules-baseline.txt");
    }
}
