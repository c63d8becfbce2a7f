package dev.passages.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The vectors an unfinished run has embedded, in a file in the index folder: a run killed before its commit
 * leaves them there, and the next run takes them instead of embedding those paragraphs again. The index itself
 * changes only at the commit, so nothing is in it twice; the file is removed once a run has committed.
 *
 * <p>Format: a header (magic, dimensions), then records of a 16-byte text hash and the vector's floats,
 * little-endian. A record cut short by the kill is dropped when the file is opened.
 */
final class EmbeddingJournal implements Closeable {

    /** The file's name: not one Lucene takes for its own (they begin with {@code _} or {@code segments}). */
    static final String NAME = "embeddings.partial";
    private static final int MAGIC = 0x50564a31; // "PVJ1"
    private static final int HEADER = 8;
    private static final int HASH = 16;

    private final Path file;
    private final int dimensions;
    private final int recordSize;
    private final Map<String, Long> offsets = new ConcurrentHashMap<>();
    private final int resumable;
    /** The hashes the file held when opened: what a killed run embedded. */
    private final java.util.Set<String> earlier;
    private FileChannel channel;
    private long end;

    private EmbeddingJournal(Path file, int dimensions) throws IOException {
        this.file = file;
        this.dimensions = dimensions;
        this.recordSize = HASH + 4 * dimensions;
        this.resumable = readExisting();
        this.earlier = java.util.Set.copyOf(offsets.keySet());
    }

    /** Whether the vector of this hash was embedded by a killed run, not by this one. */
    boolean fromEarlierRun(String textHash) {
        return earlier.contains(textHash);
    }

    /** The journal of {@code indexDir}, with the records a killed run left in it for vectors of {@code dimensions}. */
    static EmbeddingJournal open(Path indexDir, int dimensions) throws IOException {
        return new EmbeddingJournal(indexDir.resolve(NAME), dimensions);
    }

    /** Reads the records a killed run left; a file of other vectors or a damaged header is started over. */
    private int readExisting() throws IOException {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        ByteBuffer header = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
        if (channel.read(header, 0) != HEADER || header.getInt(0) != MAGIC || header.getInt(4) != dimensions) {
            channel.truncate(0);
            writeHeader();
            return 0;
        }
        long whole = (channel.size() - HEADER) / recordSize;
        ByteBuffer hash = ByteBuffer.allocate(HASH);
        for (long i = 0; i < whole; i++) {
            long at = HEADER + i * recordSize;
            hash.clear();
            channel.read(hash, at);
            offsets.putIfAbsent(HexFormat.of().formatHex(hash.array()), at + HASH);
        }
        end = HEADER + whole * recordSize;
        channel.truncate(end);
        return offsets.size();
    }

    private void writeHeader() throws IOException {
        ByteBuffer header = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN).putInt(MAGIC).putInt(dimensions);
        channel.write(header.flip(), 0);
        end = HEADER;
    }

    /** How many vectors the file held when opened. */
    int resumable() {
        return resumable;
    }

    /** The vector recorded for a text hash, or null. */
    float[] get(String textHash) throws IOException {
        Long at = offsets.get(textHash);
        if (at == null) {
            return null;
        }
        ByteBuffer bytes = ByteBuffer.allocate(4 * dimensions).order(ByteOrder.LITTLE_ENDIAN);
        while (bytes.hasRemaining()) {
            if (channel.read(bytes, at + bytes.position()) < 0) {
                return null;
            }
        }
        float[] v = new float[dimensions];
        bytes.flip().asFloatBuffer().get(v);
        return v;
    }

    /**
     * Records a vector. Written to the file at once (the page cache keeps it through a kill of the process);
     * not forced to the disk, which a power cut would cost no more than the embedding time.
     */
    synchronized void add(String textHash, float[] vector) throws IOException {
        if (channel == null) {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            writeHeader();
        }
        ByteBuffer record = ByteBuffer.allocate(recordSize).order(ByteOrder.LITTLE_ENDIAN);
        record.put(HexFormat.of().parseHex(textHash));
        record.asFloatBuffer().put(vector);
        record.position(recordSize).flip();
        long at = end;
        while (record.hasRemaining()) {
            channel.write(record, at + record.position());
        }
        end += recordSize;
        offsets.putIfAbsent(textHash, at + HASH);
    }

    /** Removes the journal of {@code indexDir}, if any; a file that cannot be removed is left. */
    static void remove(Path indexDir) {
        try {
            Files.deleteIfExists(indexDir.resolve(NAME));
        } catch (IOException e) {
            // left for the next run, which reads or replaces it
        }
    }

    /** Removes the file: its vectors are in the committed index now. */
    synchronized void delete() throws IOException {
        close();
        Files.deleteIfExists(file);
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }
}
