package dev.archrules.core;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A zip file written byte by byte, for hostile archives a {@code ZipOutputStream} will not write quickly or at all: an
 * entry of gigabytes of zeros built from one compressed megabyte repeated (milliseconds instead of deflating it), and
 * headers that lie about an entry's size.
 */
final class HandWrittenZip {

    private record Entry(String name, int method, long crc, long compressedSize, long declaredSize, long offset) {
    }

    private final ByteArrayOutputStream data = new ByteArrayOutputStream();
    private final List<Entry> entries = new ArrayList<>();

    /** Adds a stored (uncompressed) entry. */
    HandWrittenZip stored(String name, byte[] content) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(content);
        add(name, 0, crc.getValue(), content, content.length);
        return this;
    }

    /**
     * Adds a deflated entry of {@code megabytes} MiB of zeros whose headers claim {@code declaredSize} bytes (the real
     * size to be honest).
     */
    HandWrittenZip zeros(String name, int megabytes, long declaredSize) throws IOException {
        byte[] megabyte = new byte[1 << 20];
        Deflater deflater = new Deflater(9, true);
        deflater.setInput(megabyte);
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int written;
        while ((written = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH)) > 0) {
            chunk.write(buffer, 0, written);
        }
        deflater.finish();
        ByteArrayOutputStream end = new ByteArrayOutputStream();
        while (!deflater.finished()) {
            end.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        CRC32 crc = new CRC32();
        for (int i = 0; i < megabytes; i++) {
            chunk.writeTo(compressed); // a full flush resets the dictionary: the chunk can be repeated as it is
            crc.update(megabyte);
        }
        end.writeTo(compressed);
        add(name, 8, crc.getValue(), compressed.toByteArray(), declaredSize);
        return this;
    }

    private void add(String name, int method, long crc, byte[] content, long declaredSize) throws IOException {
        long offset = data.size();
        DataOutputStream out = new DataOutputStream(data);
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        int32(out, 0x04034b50);
        int16(out, 20);
        int16(out, 0);
        int16(out, method);
        int16(out, 0);
        int16(out, 0x21);
        int32(out, (int) crc);
        int32(out, content.length);
        int32(out, (int) declaredSize);
        int16(out, nameBytes.length);
        int16(out, 0);
        out.write(nameBytes);
        out.write(content);
        entries.add(new Entry(name, method, crc, content.length, declaredSize, offset));
    }

    /** Writes the archive: the entries, the central directory and its end record. */
    void writeTo(Path file) throws IOException {
        try (OutputStream file_ = Files.newOutputStream(file); DataOutputStream out = new DataOutputStream(file_)) {
            data.writeTo(out);
            long directory = data.size();
            ByteArrayOutputStream central = new ByteArrayOutputStream();
            DataOutputStream c = new DataOutputStream(central);
            for (Entry entry : entries) {
                byte[] nameBytes = entry.name().getBytes(StandardCharsets.UTF_8);
                int32(c, 0x02014b50);
                int16(c, 20);
                int16(c, 20);
                int16(c, 0);
                int16(c, entry.method());
                int16(c, 0);
                int16(c, 0x21);
                int32(c, (int) entry.crc());
                int32(c, (int) entry.compressedSize());
                int32(c, (int) entry.declaredSize());
                int16(c, nameBytes.length);
                int16(c, 0);
                int16(c, 0);
                int16(c, 0);
                int16(c, 0);
                int32(c, 0);
                int32(c, (int) entry.offset());
                c.write(nameBytes);
            }
            central.writeTo(out);
            int32(out, 0x06054b50);
            int16(out, 0);
            int16(out, 0);
            int16(out, entries.size());
            int16(out, entries.size());
            int32(out, central.size());
            int32(out, (int) directory);
            int16(out, 0);
        }
    }

    private static void int16(DataOutputStream out, int value) throws IOException {
        out.write(value & 0xFF);
        out.write(value >>> 8 & 0xFF);
    }

    private static void int32(DataOutputStream out, int value) throws IOException {
        int16(out, value & 0xFFFF);
        int16(out, value >>> 16 & 0xFFFF);
    }
}
