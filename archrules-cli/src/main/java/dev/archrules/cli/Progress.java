package dev.archrules.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A progress line on stderr for runs longer than a couple of seconds: quick runs stay quiet, long ones
 * say what they are doing (importing, evaluating) and for how long.
 */
final class Progress implements AutoCloseable {

    private static final long QUIET_MILLIS = 2_000;

    private final PrintWriter err;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService timer;
    private volatile String phase = "starting";
    private String printed = "";

    Progress(PrintWriter err) {
        this.err = err;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "archrules-progress");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(this::tick, QUIET_MILLIS, 1_000, TimeUnit.MILLISECONDS);
    }

    void phase(String phase) {
        this.phase = phase;
    }

    private synchronized void tick() {
        String current = phase;
        if (!current.equals(printed)) {
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            err.println("archrules: " + current + " (" + seconds + " s)");
            err.flush();
            printed = current;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
