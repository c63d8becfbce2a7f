package dev.passages.corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Decompresses a gzip file held in memory, refusing one that is damaged or would grow beyond a bound. */
final class Gunzip {

    /** Far beyond any real page, and small enough that a compression bomb cannot exhaust memory. */
    static final long MAX_BYTES = 512L * 1024 * 1024;

    private Gunzip() {
    }

    static byte[] bytes(byte[] compressed) throws UnreadableFileException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(MAX_BYTES, Math.max(32L, compressed.length * 4L)));
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > MAX_BYTES) {
                    throw new UnreadableFileException("too large once decompressed (over " + (MAX_BYTES >> 20) + " MB)");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (ZipException | java.io.EOFException e) {
            throw new UnreadableFileException("not valid gzip (" + (e.getMessage() == null ? "truncated" : e.getMessage()) + ")");
        } catch (IOException e) {
            throw new UnreadableFileException("cannot decompress: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            throw new UnreadableFileException("too large to decompress");
        }
    }
}
