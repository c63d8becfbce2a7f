package dev.passages.index;

import dev.passages.speakers.SpeakerFile;
import dev.passages.speakers.SpeakerRegistry;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The speaker registry beside an index commit ({@link SpeakerFile#NAME}): written at each commit, read back
 * while that commit is open, and rebuilt from the index when it is missing, stale or damaged.
 */
public final class SpeakerRegistryFile {

    private SpeakerRegistryFile() {
    }

    /**
     * Writes the registry of the directory's last commit beside the index, atomically: {@code gathered} (the
     * file's {@linkplain #text text}) when the run that made the commit counted every paragraph's speakers,
     * else one built from the index.
     */
    static void write(Directory dir, Path indexDir, String gathered) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            CommitFile.write(indexDir, SpeakerFile.NAME, reader.getIndexCommit().getGeneration(),
                    gathered != null ? gathered : text(SpeakerScan.registry(reader)));
        }
    }

    /** The file's text for {@code registry}: made by an indexing run's threads while its segments are written. */
    static String text(SpeakerRegistry registry) {
        return SpeakerFile.format(registry.all());
    }

    /** The registry for the reader's commit: from the file when it belongs to that commit, else rebuilt. */
    public static SpeakerRegistry load(DirectoryReader reader, Path indexDir) throws IOException {
        CommitFile.Data file = CommitFile.readBytes(indexDir, SpeakerFile.NAME, reader);
        if (file != null) {
            SpeakerRegistry read = SpeakerFile.read(file.bytes(), file.from(), () -> {
                try {
                    return SpeakerScan.registry(reader).all();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (read != null) {
                return read;
            }
            // a damaged line: rebuild from the index
        }
        return SpeakerScan.registry(reader);
    }
}
