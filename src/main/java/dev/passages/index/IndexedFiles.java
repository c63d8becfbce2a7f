package dev.passages.index;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an index holds before a run, read from doc values: the content hash of each file ({@link Schema#FILE}
 * key), which tells a changed file from an unchanged one, and the file each article id belongs to, which
 * new articles' ids must not clash with.
 */
record IndexedFiles(Map<String, String> hashes, IdOwners articleFiles) {

    /** No files and no ids; its {@link #articleFiles} is a new table each time, as the run adds to it. */
    static IndexedFiles empty() {
        return new IndexedFiles(Map.of(), new IdOwners());
    }

    boolean isEmpty() {
        return hashes.isEmpty();
    }

    /** The file keys of source {@code origin}, in order. */
    Set<String> filesOf(String origin) {
        Set<String> files = new TreeSet<>();
        for (String key : hashes.keySet()) {
            if (Schema.originOf(key).equals(origin)) {
                files.add(key);
            }
        }
        return files;
    }

    static IndexedFiles read(IndexWriter writer) throws IOException {
        Map<String, String> hashes = new HashMap<>();
        IdOwners articles = new IdOwners();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                SortedSetDocValues files = leaf.reader().getSortedSetDocValues(Schema.FILE);
                SortedDocValues fileHashes = leaf.reader().getSortedDocValues(Schema.FILE_HASH);
                SortedSetDocValues ids = leaf.reader().getSortedSetDocValues(Schema.ARTICLE);
                if (files == null || fileHashes == null || ids == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                // an article's paragraphs are one block: its id and file are looked up once, not per paragraph
                long lastFile = -1;
                long lastId = -1;
                String file = null;
                for (int doc = files.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = files.nextDoc()) {
                    if ((live != null && !live.get(doc)) || !fileHashes.advanceExact(doc) || !ids.advanceExact(doc)) {
                        continue;
                    }
                    long fileOrd = files.nextOrd();
                    long idOrd = ids.nextOrd();
                    if (fileOrd == lastFile && idOrd == lastId) {
                        continue;
                    }
                    if (fileOrd != lastFile) {
                        // one string per file, however many articles it holds
                        file = files.lookupOrd(fileOrd).utf8ToString();
                        hashes.putIfAbsent(file, fileHashes.lookupOrd(fileHashes.ordValue()).utf8ToString());
                    }
                    lastFile = fileOrd;
                    lastId = idOrd;
                    articles.put(ids.lookupOrd(idOrd), file);
                }
            }
        }
        return new IndexedFiles(hashes, articles);
    }
}
