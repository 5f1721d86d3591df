package dev.archrules.core.baseline;

import dev.archrules.core.internal.io.LockFile;

import java.nio.file.Path;
import java.time.Duration;

/** A second JVM for {@link BaselineFileSystemTest}: takes a lock file, says {@code locked}, and holds it until it is killed. */
public final class LockHolderMain {

    private LockHolderMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        LockFile lock = LockFile.acquire(Path.of(args[0]), Duration.ofSeconds(10), "test");
        System.out.println("locked");
        System.out.flush();
        Thread.sleep(120_000);
        lock.close();
    }
}
