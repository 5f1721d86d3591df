package dev.archrules.core;

/**
 * How much of an input the import reads before it refuses it: an archive entry or class file larger than
 * {@code maxClassFileSize} bytes, an archive entry that inflates more than {@code maxCompressionRatio} times its
 * compressed size, or an archive holding more than {@code maxArchiveEntries} class files is not read; it is listed as
 * unread (so the run is incomplete). The limits keep memory bounded on hostile or broken input — a small jar holding
 * a 2 GiB zero-filled entry — while every real class file stays far below them.
 *
 * @param maxClassFileSize    largest class file or archive entry read, in bytes (default 16 MiB)
 * @param maxCompressionRatio largest ratio of inflated to compressed size of an archive entry (default 100)
 * @param maxArchiveEntries   most class files read from one archive (default 100,000)
 */
public record ImportLimits(int maxClassFileSize, int maxCompressionRatio, int maxArchiveEntries) {

    public ImportLimits {
        positive(maxClassFileSize, ChecklistSetting.MAX_CLASS_FILE_SIZE);
        positive(maxCompressionRatio, ChecklistSetting.MAX_COMPRESSION_RATIO);
        positive(maxArchiveEntries, ChecklistSetting.MAX_ARCHIVE_ENTRIES);
    }

    /** 16 MiB per class file, ratio 100, 100,000 class files per archive. */
    public static ImportLimits defaults() {
        return new ImportLimits(16 * 1024 * 1024, 100, 100_000);
    }

    /** A copy with this size limit. */
    public ImportLimits withMaxClassFileSize(int bytes) {
        return new ImportLimits(bytes, maxCompressionRatio, maxArchiveEntries);
    }

    /** A copy with this compression ratio limit. */
    public ImportLimits withMaxCompressionRatio(int ratio) {
        return new ImportLimits(maxClassFileSize, ratio, maxArchiveEntries);
    }

    /** A copy with this limit of class files per archive. */
    public ImportLimits withMaxArchiveEntries(int entries) {
        return new ImportLimits(maxClassFileSize, maxCompressionRatio, entries);
    }

    private static void positive(int value, ChecklistSetting<Integer> setting) {
        if (value < 1) {
            throw new IllegalArgumentException(setting.key() + " must be at least 1 but is " + value);
        }
    }
}
