package dev.passages.index;

import dev.passages.corpus.UnreadableFileException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.LongConsumer;

/** The content hash of a corpus file, which tells a changed file from an unchanged one between runs. */
public final class FileHashes {

    /**
     * Part of every file hash: bumping it re-indexes every file on the next run, for changes of
     * parsing or attribution that leave the schema as it is.
     */
    static final String ANALYSIS_VERSION = "10";

    private FileHashes() {
    }

    /**
     * The hash to record for a file some of whose records could not be read ({@code hash}: its content's): one that
     * no file's content has, so that the next run reads the file again, and warns of those records again, until
     * the file is mended, rather than passing it over as unchanged.
     */
    public static String ofPartlyRead(String hash) {
        return hash + "-partly-read";
    }

    /** The hash of a file read into memory. */
    public static String of(byte[] bytes) {
        return hex(digest().digest(bytes));
    }

    /** The same hash, of a file read in blocks rather than whole; {@code bytesRead} hears of each block. */
    public static String of(Path file, LongConsumer bytesRead) throws UnreadableFileException {
        MessageDigest digest = digest();
        byte[] block = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(block)) > 0; ) {
                digest.update(block, 0, n);
                bytesRead.accept(n);
            }
        } catch (AccessDeniedException e) {
            throw new UnreadableFileException("permission denied");
        } catch (IOException e) {
            throw new UnreadableFileException("cannot read: " + e.getMessage());
        }
        return hex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((ANALYSIS_VERSION + "\n").getBytes(StandardCharsets.UTF_8));
            return sha;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest, 0, 16);
    }
}
