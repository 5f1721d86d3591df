package dev.archrules.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a measurement JVM reports about itself: heap peaks, resident peak, and the {@code RESULT} line. */
final class Measurement {

    private static final List<MemoryPoolMXBean> HEAP = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();

    private Measurement() {
    }

    /** Forgets the heap peaks so far (after a GC), so that the next {@link #peakHeapMb()} covers what follows. */
    static void resetHeapPeak() {
        System.gc();
        HEAP.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long heapUsedMb() {
        return HEAP.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum() / (1024 * 1024);
    }

    /** Sum of the heap pools' peaks (an upper bound of the peak heap: pools peak at different times). */
    static long peakHeapMb() {
        return HEAP.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
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

    static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    /** Prints the line the {@link Driver} reads: {@code RESULT key=value …}. */
    static void result(Map<String, ?> figures) {
        System.out.println("RESULT " + figures.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(" ")));
    }
}
