package dev.passages.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model's libraries stay off the default path: a plain index and search, in their own JVM, load no class of
 * ONNX Runtime, the tokenizer or the model's wrapper, though those are on this test's class path; a semantic
 * search does.
 */
class SemanticOffDefaultPathIT {

    @TempDir
    Path tmp;

    /** The classes a run of passages loaded, from {@code -verbose:class}. */
    private List<String> loadedClasses(String... args) throws IOException, InterruptedException {
        List<String> command = ProcessHarness.commandOnTestClassPath(List.of("-verbose:class"), args);
        Path log = Files.createTempFile(tmp, "run", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isIn(0, 1);
        return Files.readAllLines(log).stream().filter(l -> l.contains("[class,load]")).toList();
    }

    private static boolean modelClass(String line) {
        return line.contains(" ai.onnxruntime.") || line.contains(" dev.langchain4j.") || line.contains(" ai.djl.")
                || line.contains(" dev.passages.embedding.onnx.");
    }

    @Test
    void plainIndexAndSearchLoadNoModelClass() throws Exception {
        Path corpus = tmp.resolve("corpus");
        ProcessHarness.writeCorpus(corpus, 0, 3, 3);
        String index = tmp.resolve("index").toString();
        assertThat(loadedClasses("index", corpus.toString(), "--index", index)).noneMatch(SemanticOffDefaultPathIT::modelClass);
        List<String> search = loadedClasses("search", "border talks", "--index", index);
        assertThat(search).anyMatch(l -> l.contains(" dev.passages.search.PassageSearcher"));
        assertThat(search).noneMatch(SemanticOffDefaultPathIT::modelClass);
    }

    @Test
    void aSemanticSearchLoadsThemAndABm25SearchOfTheSameIndexDoesNot() throws Exception {
        Path corpus = tmp.resolve("corpus");
        ProcessHarness.writeCorpus(corpus, 0, 2, 2);
        String index = tmp.resolve("index").toString();
        assertThat(loadedClasses("index", corpus.toString(), "--index", index, "--semantic")).anyMatch(SemanticOffDefaultPathIT::modelClass);
        assertThat(loadedClasses("search", "border talks", "--index", index, "--mode", "bm25"))
                .noneMatch(SemanticOffDefaultPathIT::modelClass);
        assertThat(loadedClasses("search", "border talks", "--index", index)).anyMatch(SemanticOffDefaultPathIT::modelClass);
    }
}
