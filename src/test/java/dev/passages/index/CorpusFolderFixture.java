package dev.passages.index;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A test's corpus folder and index folder, side by side in a temporary folder, and the warnings its indexers give. */
abstract class CorpusFolderFixture {

    @TempDir
    Path tmp;
    Path corpus;
    Path index;
    final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void makeCorpusFolder() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        index = tmp.resolve("index");
    }

    /** Writes a file of the corpus ({@code name} relative to it), making its folders. */
    void write(String name, String text) throws IOException {
        Path p = corpus.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
