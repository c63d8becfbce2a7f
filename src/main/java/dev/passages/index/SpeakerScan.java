package dev.passages.index;

import dev.passages.attribution.Speaker;
import dev.passages.speakers.SpeakerCodec;
import dev.passages.speakers.SpeakerRegistry;
import dev.passages.speakers.SpeakerStats;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Builds the speaker registry of an index from every live paragraph's {@link Schema#SPEAKER_ENTRY} doc values. */
final class SpeakerScan {

    private SpeakerScan() {
    }

    static SpeakerRegistry registry(IndexReader reader) throws IOException {
        SpeakerStats stats = new SpeakerStats();
        for (LeafReaderContext ctx : reader.leaves()) {
            LeafReader leaf = ctx.reader();
            SortedSetDocValues entries = leaf.getSortedSetDocValues(Schema.SPEAKER_ENTRY);
            if (entries == null) {
                continue;
            }
            SortedSetDocValues articles = leaf.getSortedSetDocValues(Schema.ARTICLE);
            SortedNumericDocValues dates = leaf.getSortedNumericDocValues(Schema.DATE);
            Bits live = leaf.getLiveDocs();
            Map<Long, Speaker> parsed = new HashMap<>();
            long lastArticleOrd = -1;
            String article = "";
            for (int doc = entries.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = entries.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                if (articles != null && articles.advanceExact(doc)) {
                    long ord = articles.nextOrd();
                    if (ord != lastArticleOrd) {
                        // an article's paragraphs are indexed together: one lookup per article
                        article = articles.lookupOrd(ord).utf8ToString();
                        lastArticleOrd = ord;
                    }
                }
                LocalDate date = dates != null && dates.advanceExact(doc) ? LocalDate.ofEpochDay(dates.nextValue()) : null;
                for (int i = 0; i < entries.docValueCount(); i++) {
                    long ord = entries.nextOrd();
                    Speaker sp = parsed.computeIfAbsent(ord, o -> {
                        try {
                            return SpeakerCodec.parseEntry(entries.lookupOrd(o).utf8ToString());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                    stats.add(sp, article, date);
                }
            }
        }
        return stats.build();
    }
}
