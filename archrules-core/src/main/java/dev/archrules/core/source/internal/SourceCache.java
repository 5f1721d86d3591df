package dev.archrules.core.source.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The facts cache of the source analysis and the workers that fill it: parsed facts and lexical scans by
 * {@linkplain FileKey file version}, the open source and class jars, and a pool of parse workers (one per
 * core, each with a large stack so that deep expressions do not overflow). Thread-safe; it holds facts and
 * scans, never syntax trees, and is cleared when it grows past {@value #ENTRY_LIMIT} entries.
 *
 * <p><b>Lifetime.</b> The cache lives as long as the object: every {@code SourceIndex} created with it — one
 * per checklist run — shares its entries, so a file version is parsed at most once per cache, and
 * concurrent requests for one file wait for one parse. {@link #shared()} is the default, created on first use
 * and kept for the life of the JVM, so that every run and test class of a JVM shares one cache; its workers
 * are daemon threads and never keep the JVM alive. A cache of one's own ({@code new SourceCache()}) shares
 * nothing with the others (tests, tools that must see a file parsed afresh); {@link #close()} it when done.
 */
public final class SourceCache implements AutoCloseable {

    private static final int ENTRY_LIMIT = 200_000;
    private static final long WORKER_STACK_BYTES = 256L * 1024 * 1024;

    /** Parse results by file version. */
    private final Map<FileKey, Pending> parsed = new ConcurrentHashMap<>();
    /** Lexical scans of file texts (string values, bound names, assigned constants), by file version. */
    private final Map<FileKey, SourceScan> scans = new ConcurrentHashMap<>();
    private final Jars jars = new Jars();
    private final FactParser parser = new FactParser();
    private final Set<Thread> workerThreads = ConcurrentHashMap.newKeySet();
    private final AtomicInteger workerNumber = new AtomicInteger();
    private final boolean shared;
    private ExecutorService workers;
    private boolean closed;

    /** A cache of one's own, sharing nothing with {@link #shared()} or any other cache. */
    public SourceCache() {
        this(false);
    }

    private SourceCache(boolean shared) {
        this.shared = shared;
    }

    /** The cache every run uses unless it is given another: created on first use, kept for the life of the JVM. */
    public static SourceCache shared() {
        return Shared.INSTANCE;
    }

    /** Holds the shared cache, created when first asked for. */
    private static final class Shared {
        private static final SourceCache INSTANCE = new SourceCache(true);
    }

    /**
     * The facts of {@code file}: from the cache, or parsed now on a worker (on this thread if it is one of
     * this cache's workers). A failed parse is cached too, as its problem.
     */
    public Lookup facts(SourceFile file) {
        return facts(file, FactStore.none());
    }

    /** The same, taking facts kept in {@code store} for a file this cache has not seen, and keeping those it parses there. */
    public Lookup facts(SourceFile file, FactStore store) {
        if (parsed.size() > ENTRY_LIMIT) {
            parsed.clear();
        }
        Pending created = new Pending(() -> parser.parse(file, jars, store));
        Pending existing = parsed.putIfAbsent(file.key(), created);
        Pending pending = existing == null ? created : existing;
        if (workerThreads.contains(Thread.currentThread())) {
            // a worker parses what nobody has started yet itself: when every worker waits for a parse another thread
            // asked for, the task queued for it behind them would never run
            pending.runUnlessStarted();
        } else if (existing == null) {
            workers().execute(pending::runUnlessStarted);
        }
        Parsed outcome = pending.outcome().join();
        return new Lookup(outcome, existing == null && !outcome.fromStore());
    }

    /** A parse asked for: run once, by whichever worker comes first (the one it was queued on, or one that needs it). */
    private static final class Pending {

        private final AtomicBoolean started = new AtomicBoolean();
        private final CompletableFuture<Parsed> outcome = new CompletableFuture<>();
        private final Supplier<Parsed> parse;

        Pending(Supplier<Parsed> parse) {
            this.parse = parse;
        }

        void runUnlessStarted() {
            if (!started.compareAndSet(false, true)) {
                return;
            }
            try {
                outcome.complete(parse.get());
            } catch (Throwable e) {
                outcome.completeExceptionally(e);
            }
        }

        CompletableFuture<Parsed> outcome() {
            return outcome;
        }
    }

    /**
     * A cached parse outcome.
     *
     * @param parsed    the facts or the problem
     * @param parsedNow whether this request parsed the file (rather than a cached or concurrent parse, or the store)
     */
    public record Lookup(Parsed parsed, boolean parsedNow) {
    }

    /** The lexical scan of {@code file}, made from {@code text} unless cached; empty if there is no text. */
    Optional<SourceScan> scan(SourceFile file, Supplier<Optional<String>> text, FactStore store) {
        SourceScan scan = scans.get(file.key());
        if (scan == null) {
            Optional<String> read = text.get();
            if (read.isEmpty()) {
                return Optional.empty();
            }
            if (scans.size() > ENTRY_LIMIT) {
                scans.clear();
            }
            scan = store.enabled() ? scanThroughStore(read.get(), store) : SourceScan.of(read.get());
            scans.put(file.key(), scan);
        }
        return Optional.of(scan);
    }

    private static SourceScan scanThroughStore(String text, FactStore store) {
        String key = FactStore.keyOf(text);
        Optional<SourceScan> kept = store.scan(key);
        if (kept.isPresent()) {
            return kept.get();
        }
        SourceScan scan = SourceScan.of(text);
        store.putScan(key, scan);
        return scan;
    }

    /** Runs {@code action} on every item on this cache's workers and returns when all are done. */
    public <T> void onWorkers(Collection<T> items, Consumer<T> action) {
        ExecutorService pool = workers();
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        for (T item : items) {
            pending.add(CompletableFuture.runAsync(() -> action.accept(item), pool));
        }
        pending.forEach(CompletableFuture::join);
    }

    /** The jars this cache has opened. */
    Jars jars() {
        return jars;
    }

    /**
     * Stops the workers and closes the open jars of a cache of one's own; it cannot be used afterwards. The
     * {@linkplain #shared() shared} cache lives as long as the JVM and refuses to be closed.
     */
    @Override
    public void close() {
        if (shared) {
            throw new IllegalStateException("the shared source cache lives as long as the JVM and is never closed");
        }
        synchronized (this) {
            closed = true;
            if (workers != null) {
                workers.shutdown();
            }
        }
        parsed.clear();
        scans.clear();
        jars.closeAll();
    }

    private synchronized ExecutorService workers() {
        if (closed) {
            throw new IllegalStateException("this source cache was closed");
        }
        if (workers == null) {
            workers = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), task -> {
                Thread thread = new Thread(null, task, "archrules-source-" + workerNumber.incrementAndGet(), WORKER_STACK_BYTES);
                thread.setDaemon(true);
                workerThreads.add(thread);
                return thread;
            });
        }
        return workers;
    }
}
