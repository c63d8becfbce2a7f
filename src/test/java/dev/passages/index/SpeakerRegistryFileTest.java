package dev.passages.index;

import dev.passages.TestCorpus;
import dev.passages.TestFiles;
import dev.passages.speakers.SpeakerFile;
import dev.passages.speakers.SpeakerRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The speaker registry file beside a commit: written, read back as the index would rebuild it, mended when damaged. */
class SpeakerRegistryFileTest {

    @TempDir
    Path tmp;

    @Test
    void registryFileIsWrittenForTheCommit() throws Exception {
        Path corpus = TestFiles.folder(tmp.resolve("corpus"),
                Map.of("a.txt", "Title: T\nDate: 2023-11-01\n\nMinister Omar Haddad said the road would reopen."));
        Path index = tmp.resolve("index");
        new Indexer(index, true, w -> { }, 1).run(corpus);
        assertThat(index.resolve(SpeakerFile.NAME)).exists();
        try (var reader = IndexPaths.open(index)) {
            assertThat(SpeakerRegistryFile.load(reader, index).all()).singleElement()
                    .satisfies(e -> assertThat(e.name()).isEqualTo("Omar Haddad"));
        }
    }

    @Test
    void registryGatheredWhileIndexingEqualsTheOneReadBackFromTheIndex() throws Exception {
        Path corpus = TestCorpus.FROZEN;
        Path index = tmp.resolve("whole");
        new Indexer(index, true, w -> { }, 2).run(corpus);
        try (var reader = IndexPaths.open(index)) {
            List<SpeakerRegistry.Entry> gathered = SpeakerRegistryFile.load(reader, index).all();
            List<SpeakerRegistry.Entry> readBack = SpeakerScan.registry(reader).all();
            assertThat(gathered).hasSizeGreaterThan(20);
            assertThat(gathered).containsExactlyElementsOf(readBack);
        }
    }

    @Test
    void aDamagedRegistryLineIsRebuiltFromTheIndexWhenItIsParsed() throws Exception {
        Path corpus = TestCorpus.FROZEN;
        Path index = tmp.resolve("damaged");
        new Indexer(index, true, w -> { }, 2).run(corpus);
        Path file = index.resolve(SpeakerFile.NAME);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
        String[] f = lines.get(1).split("\t", -1);
        f[3] = "many";
        lines.set(1, String.join("\t", f));
        Files.write(file, lines);
        try (var reader = IndexPaths.open(index)) {
            SpeakerRegistry lazy = SpeakerRegistryFile.load(reader, index);
            assertThat(lazy.canonical(f[f.length - 1].split("\u001E")[0])).isNotNull(); // the raw keys close the line
            assertThat(lazy.all()).containsExactlyElementsOf(SpeakerScan.registry(reader).all());
        }
    }
}
