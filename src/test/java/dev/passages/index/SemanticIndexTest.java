package dev.passages.index;

import dev.passages.embedding.Embedder;
import dev.passages.embedding.ModelLibrary;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An index that keeps paragraph vectors: every paragraph has one, through incremental runs, rebuilds and failed runs. */
class SemanticIndexTest extends CorpusFolderFixture {

    /** An invented article of {@code paragraphs} paragraphs about a harbour town. */
    static void article(Path corpus, String name, int paragraphs, String extra) throws IOException {
        Files.createDirectories(corpus);
        StringBuilder b = new StringBuilder("Title: Harbour news " + name + "\nDate: 2024-03-0" + (1 + name.length() % 9) + "\n\n");
        String[] topics = {"The ferry to the island was cancelled because of the storm.",
            "Fishermen said the catch of herring fell sharply this spring.",
            "The council voted to repair the old lighthouse before summer.",
            "A new bakery opened near the harbour and sold out by noon.",
            "Teachers asked for more buses for children from the outer villages."};
        for (int p = 0; p < paragraphs; p++) {
            b.append(topics[p % topics.length]).append(" Report ").append(name).append(" part ").append(p).append('.')
                    .append(p == 0 ? extra : "").append("\n\n");
        }
        Files.writeString(corpus.resolve(name + ".txt"), b.toString());
    }

    private static Indexer indexer(Path index, boolean rebuild) {
        return new Indexer(index, rebuild, w -> { }, 2, null);
    }

    /** Live paragraphs and live paragraphs with a vector. */
    private static int[] paragraphsAndVectors(Path index) throws IOException {
        try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            int vectors = 0;
            for (LeafReaderContext leaf : reader.leaves()) {
                FloatVectorValues values = leaf.reader().getFloatVectorValues(Schema.VECTOR);
                var live = leaf.reader().getLiveDocs();
                if (values == null) {
                    continue;
                }
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        vectors++;
                    }
                }
            }
            return new int[] {reader.numDocs(), vectors};
        }
    }

    private static String recordedModel(Path index) throws IOException {
        try (FSDirectory dir = FSDirectory.open(index)) {
            return org.apache.lucene.index.SegmentInfos.readLatestCommit(dir).getUserData().get(Schema.SEMANTIC_KEY);
        }
    }

    @Test
    void everyParagraphGetsAVectorAndTheIndexRecordsTheModel() throws IOException {
        article(corpus, "a", 4, "");
        article(corpus, "b", 3, "");
        Indexer first = indexer(index, false).semantic(true);
        first.run(corpus);
        assertThat(paragraphsAndVectors(index)).containsExactly(7, 7);
        assertThat(recordedModel(index)).isEqualTo(ModelLibrary.NAME);
        assertThat(first.vectorCounts().embedded()).isEqualTo(7);
        assertThat(Files.exists(index.resolve(EmbeddingJournal.NAME))).as("journal removed after the commit").isFalse();
    }

    @Test
    void aPlainIndexHasNoVectorsAndLoadsNoModel() throws IOException {
        article(corpus, "a", 3, "");
        Indexer plain = indexer(index, false).withModel(() -> {
            throw new AssertionError("a plain index must not ask for the model");
        });
        plain.run(corpus);
        assertThat(paragraphsAndVectors(index)).containsExactly(3, 0);
        assertThat(recordedModel(index)).isNull();
        assertThat(plain.vectorCounts()).isNull();
    }

    @Test
    void laterRunsEmbedOnlyNewAndChangedParagraphsWithoutBeingAsked() throws IOException {
        article(corpus, "a", 4, "");
        article(corpus, "b", 3, "");
        indexer(index, false).semantic(true).run(corpus);
        article(corpus, "a", 4, " The mayor visited.");   // one paragraph of four changed
        article(corpus, "c", 2, "");                       // a new file
        Indexer later = indexer(index, false);              // no --semantic: the index records it
        later.run(corpus);
        assertThat(later.vectorCounts().embedded()).isEqualTo(1 + 2);
        assertThat(later.vectorCounts().kept()).isEqualTo(3);
        assertThat(paragraphsAndVectors(index)).containsExactly(9, 9);
        assertThat(recordedModel(index)).isEqualTo(ModelLibrary.NAME);
    }

    @Test
    void vectorsSurviveARebuildWithoutEmbeddingAgain() throws IOException {
        article(corpus, "a", 4, "");
        indexer(index, false).semantic(true).run(corpus);
        Indexer rebuild = indexer(index, true);
        rebuild.run(corpus);
        assertThat(paragraphsAndVectors(index)).containsExactly(4, 4);
        assertThat(recordedModel(index)).isEqualTo(ModelLibrary.NAME);
        assertThat(rebuild.vectorCounts().embedded()).isZero();
        assertThat(rebuild.vectorCounts().kept()).isEqualTo(4);
    }

    @Test
    void turningVectorsOnEmbedsTheParagraphsAlreadyIndexed() throws IOException {
        article(corpus, "a", 4, "");
        indexer(index, false).run(corpus);
        assertThat(paragraphsAndVectors(index)).containsExactly(4, 0);
        indexer(index, false).semantic(true).run(corpus);
        assertThat(paragraphsAndVectors(index)).containsExactly(4, 4);
    }

    @Test
    void aFailedRunLeavesTheIndexWholeAndTheNextTakesWhatItEmbedded() throws IOException {
        article(corpus, "a", 2, "");
        indexer(index, false).semantic(true).run(corpus);
        for (String name : new String[] {"b", "c", "d"}) {
            article(corpus, name, 3, "");
        }
        AtomicInteger calls = new AtomicInteger();
        Embedder real = ModelLibrary.model();
        Supplier<Embedder> failing = () -> new Embedder() {
            @Override
            public String name() {
                return real.name();
            }

            @Override
            public int dimensions() {
                return real.dimensions();
            }

            @Override
            public float[] embed(String text) {
                if (calls.incrementAndGet() > 4) {
                    throw new IllegalStateException("the model stopped");
                }
                return real.embed(text);
            }
        };
        assertThatThrownBy(() -> new Indexer(index, false, w -> { }, 1, null).withModel(failing).run(corpus))
                .hasMessageContaining("the model stopped");
        assertThat(paragraphsAndVectors(index)).as("the previous commit, whole").containsExactly(2, 2);
        assertThat(Files.size(index.resolve(EmbeddingJournal.NAME))).as("four vectors kept for the next run")
                .isEqualTo(8 + 4 * (16 + 4L * real.dimensions()));
        Indexer next = indexer(index, false);
        next.run(corpus);
        assertThat(next.vectorCounts().resumed()).isEqualTo(4);
        assertThat(next.vectorCounts().embedded()).isEqualTo(9 - 4);
        assertThat(paragraphsAndVectors(index)).containsExactly(11, 11);
        assertThat(Files.exists(index.resolve(EmbeddingJournal.NAME))).isFalse();
    }
}
