package dev.passages.cli;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An index run killed while it embeds: the previous commit stays whole and searchable, and the next run takes the
 * vectors the killed one had embedded instead of embedding them again, with every paragraph in the index once.
 */
class SemanticResumeAfterKillIT {

    @TempDir
    Path tmp;

    /** Live paragraphs and live paragraphs with a vector. */
    private static int[] paragraphsAndVectors(Path index) throws IOException {
        try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            int vectors = 0;
            for (LeafReaderContext leaf : reader.leaves()) {
                FloatVectorValues values = leaf.reader().getFloatVectorValues("vector");
                var live = leaf.reader().getLiveDocs();
                for (int doc = values == null ? DocIdSetIterator.NO_MORE_DOCS : values.nextDoc();
                     doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    vectors += live == null || live.get(doc) ? 1 : 0;
                }
            }
            return new int[] {reader.numDocs(), vectors};
        }
    }

    @Test
    void aKilledRunLeavesThePreviousIndexAndTheNextResumesWithoutDuplicates() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Path index = tmp.resolve("index");
        ProcessHarness.writeCorpus(corpus, 0, 5, 10);
        CliRun first = CliRun.in(tmp, "index", corpus.toString(), "--index", index.toString(), "--semantic");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(paragraphsAndVectors(index)).containsExactly(50, 50);

        // 200 paragraphs to embed: killed after 30, with most of them still to come
        ProcessHarness.writeCorpus(corpus, 5, 20, 10);
        Path journal = index.resolve("embeddings.partial");
        Process run = ProcessHarness.start(tmp.resolve("run.log"), "index", corpus.toString(), "--index", index.toString());
        long record = 16 + 4 * 384;
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (run.isAlive() && System.nanoTime() < deadline
                && !(Files.exists(journal) && Files.size(journal) >= 8 + 30 * record)) {
            Thread.sleep(10);
        }
        assertThat(run.isAlive()).as("still embedding when killed: " + Files.readString(tmp.resolve("run.log"))).isTrue();
        run.destroyForcibly().waitFor();
        long embeddedBeforeKill = (Files.size(journal) - 8) / record;

        assertThat(paragraphsAndVectors(index)).as("the previous commit, whole").containsExactly(50, 50);
        CliRun search = CliRun.in(tmp, "search", "border talks", "--index", index.toString(), "--limit", "1");
        assertThat(search.code()).as(search.err()).isZero();

        CliRun next = CliRun.in(tmp, "index", corpus.toString(), "--index", index.toString());
        assertThat(next.code()).as(next.err()).isZero();
        Matcher m = Pattern.compile("vectors: (\\d+) paragraphs embedded, (\\d+) reused \\(same text as one embedded before\\), (\\d+) taken from an interrupted run")
                .matcher(next.err());
        assertThat(m.find()).as(next.err()).isTrue();
        long embedded = Long.parseLong(m.group(1));
        long resumed = Long.parseLong(m.group(3));
        assertThat(resumed).isGreaterThanOrEqualTo(embeddedBeforeKill).isGreaterThanOrEqualTo(30);
        assertThat(embedded + resumed).isEqualTo(20 * 10);
        assertThat(paragraphsAndVectors(index)).containsExactly(250, 250);
        assertThat(Files.exists(journal)).isFalse();
    }
}
