package dev.passages.index;

import org.apache.lucene.index.DirectoryReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A tab-separated file beside the index that belongs to one commit: its first line is
 * {@code generation<TAB>N}; it is written atomically and read only while that commit is the one open.
 */
final class CommitFile {

    private CommitFile() {
    }

    static void write(Path indexDir, String name, long generation, CharSequence body) throws IOException {
        Path tmp = indexDir.resolve(name + ".tmp");
        try {
            Files.writeString(tmp, "generation\t" + generation + "\n" + body, StandardCharsets.UTF_8);
            Files.move(tmp, indexDir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // a disk that filled leaves no half-written file behind
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /**
     * The file's bytes and where its data lines begin, when it belongs to the reader's commit; null when missing,
     * stale or unreadable.
     */
    static Data readBytes(Path indexDir, String name, DirectoryReader reader) {
        Path file = indexDir.resolve(name);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            int eol = 0;
            while (eol < bytes.length && bytes[eol] != '\n') {
                eol++;
            }
            String[] head = new String(bytes, 0, eol, StandardCharsets.UTF_8).split("\t");
            if (head.length == 2 && head[0].equals("generation")
                    && Long.parseLong(head[1]) == reader.getIndexCommit().getGeneration()) {
                return new Data(bytes, Math.min(eol + 1, bytes.length));
            }
        } catch (IOException | RuntimeException e) {
            // damaged or foreign: the caller rebuilds from the index itself
        }
        return null;
    }

    /** A file's bytes, its data lines from {@code from} on. */
    record Data(byte[] bytes, int from) {
    }

    /** The data lines of the file when it belongs to the reader's commit; null when missing, stale or unreadable. */
    static List<String> read(Path indexDir, String name, DirectoryReader reader) {
        Data data = readBytes(indexDir, name, reader);
        return data == null ? null
                : new String(data.bytes(), data.from(), data.bytes().length - data.from(), StandardCharsets.UTF_8).lines().toList();
    }
}
