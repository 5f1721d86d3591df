package dev.archrules.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/** What a measurement JVM reports about itself: heap peaks, resident peak, and the {@code RESULT} line. */
final class Measurement {

    private static final List<MemoryPoolMXBean> HEAP = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();

    /** The most heap left in use after any garbage collection so far, in bytes. */
    private static final AtomicLong PEAK_AFTER_GC = new AtomicLong();

    static {
        // every collector tells what each pool holds after it ran: the sum over heap pools is the heap still in use
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        long after = HEAP.stream().map(MemoryPoolMXBean::getName)
                                .map(name -> info.getGcInfo().getMemoryUsageAfterGc().get(name))
                                .filter(java.util.Objects::nonNull).mapToLong(java.lang.management.MemoryUsage::getUsed).sum();
                        PEAK_AFTER_GC.accumulateAndGet(after, Math::max);
                    }
                }, null, null);
            }
        }
    }

    private Measurement() {
    }

    /** Starts listening to garbage collections (loading this class does), for {@link #peakHeapAfterGcMb()}: call first. */
    static void watchCollections() {
        // the static initialiser registered the listeners
    }

    /** Forgets the heap peaks so far (after a GC), so that the next {@link #peakHeapMb()} covers what follows. */
    static void resetHeapPeak() {
        System.gc();
        HEAP.forEach(MemoryPoolMXBean::resetPeakUsage);
        PEAK_AFTER_GC.set(0);
    }

    static long heapUsedMb() {
        return HEAP.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum() / (1024 * 1024);
    }

    /** Sum of the heap pools' peaks (an upper bound of the peak heap: pools peak at different times). */
    static long peakHeapMb() {
        return HEAP.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    /**
     * The most heap still in use right after a garbage collection (the largest sum over the heap pools that a
     * collection left): the heap the run needed, where {@link #peakHeapMb()} also counts garbage a collector had not
     * yet reclaimed, which grows with {@code -Xmx} (a collector lets the heap fill before collecting the old
     * generation). Still an upper bound of the live set: a young collection leaves the old generation's garbage. 0
     * when no collection ran.
     */
    static long peakHeapAfterGcMb() {
        return PEAK_AFTER_GC.get() / (1024 * 1024);
    }

    /** Peak resident set of this process ({@code VmHWM} in {@code /proc/self/status}), -1 where there is none. */
    static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** CPU time of the whole JVM so far (every thread, the JIT compiler's and the collector's included), in nanoseconds. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU time of the calling thread so far, in nanoseconds. */
    static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    /** Prints the line the {@link Driver} reads: {@code RESULT key=value …}. */
    static void result(Map<String, ?> figures) {
        System.out.println("RESULT " + figures.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(" ")));
    }
}
