package dev.passages;

import java.nio.file.Path;

/** The frozen copy of the default corpus that tests read, so that editing {@code corpus/} changes no test. */
public final class TestCorpus {

    /** The articles of the default corpus as the tests' judgements and gold were made on them. */
    public static final Path FROZEN = Path.of("src/test/resources/corpus");

    private TestCorpus() {
    }
}
