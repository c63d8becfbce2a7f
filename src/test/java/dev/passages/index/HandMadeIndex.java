package dev.passages.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A passages index written document by document past the indexer, for tests of what the indexer itself never writes. */
final class HandMadeIndex {

    private HandMadeIndex() {
    }

    /** Writes {@code docs} in their order to a new index at {@code dir}, with the commit data of an index of {@code source}. */
    static void write(Path dir, List<Document> docs, Path source) throws IOException {
        Files.createDirectories(dir);
        try (Directory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Analyzers.forIndexing()))) {
            w.addDocuments(docs);
            w.setLiveCommitData(Map.of(Schema.VERSION_KEY, Schema.VERSION,
                    Schema.SOURCES_KEY, Sources.NONE.with(source).json()).entrySet());
            w.commit();
        }
    }
}
