package dev.passages.serve;

import dev.passages.index.Schema;
import dev.passages.search.PassageSearcher;
import dev.passages.speakers.SpeakerRegistry;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Search requests drawn from an index's own passages, each different, in the mix a reader asks: a word of a
 * passage (35%), two neighbouring words of it as a phrase (25%), a word with one of the index's 20 most
 * frequent speakers as a filter (20%), a word within a window of one to twelve months around the passage's
 * date (20%). Words of five letters or more and not stop words, so that the mix is not made of function words.
 */
public final class DrawnQueries {

    /** The words the text field's analysis drops: a query of one of them alone is refused. */
    private static final CharArraySet STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    private DrawnQueries() {
    }

    /** {@code n} distinct query strings for {@code /api/search} ({@code q=...&speaker=...&from=...&to=...}). */
    public static List<String> draw(PassageSearcher searcher, int n, long seed) throws IOException {
        DirectoryReader reader = searcher.index().reader();
        List<String> speakers = searcher.speakers().all().stream()
                .sorted(Comparator.comparingLong(SpeakerRegistry.Entry::paragraphs).reversed())
                .limit(20).map(SpeakerRegistry.Entry::name).toList();
        StoredFields stored = reader.storedFields();
        Random random = new Random(seed);
        Set<String> out = new LinkedHashSet<>();
        for (int tries = 0; out.size() < n && tries < 50 * n; tries++) {
            int doc = random.nextInt(reader.maxDoc());
            String text = stored.document(doc, Set.of(Schema.TEXT)).get(Schema.TEXT);
            if (text == null) {
                continue;
            }
            String[] words = text.split("[^\\p{L}]+");
            List<Integer> long5 = new ArrayList<>();
            for (int i = 0; i < words.length; i++) {
                if (words[i].length() >= 5 && !STOP.contains(words[i].toLowerCase(Locale.ROOT))
                        && (i + 1 >= words.length || !STOP.contains(words[i + 1].toLowerCase(Locale.ROOT)))) {
                    long5.add(i);
                }
            }
            if (long5.isEmpty()) {
                continue;
            }
            int at = long5.get(random.nextInt(long5.size()));
            String word = words[at].toLowerCase(Locale.ROOT);
            int roll = random.nextInt(100);
            if (roll < 35) {
                out.add("q=" + enc(word));
            } else if (roll < 60) {
                if (at + 1 < words.length && !words[at + 1].isEmpty()) {
                    out.add("q=" + enc('"' + word + ' ' + words[at + 1].toLowerCase(Locale.ROOT) + '"'));
                }
            } else if (roll < 80) {
                if (!speakers.isEmpty()) {
                    out.add("q=" + enc(word) + "&speaker=" + enc(speakers.get(random.nextInt(speakers.size()))));
                }
            } else {
                LocalDate day = dateOf(reader, doc);
                if (day != null) {
                    LocalDate from = day.minusMonths(random.nextInt(6)).withDayOfMonth(1);
                    LocalDate to = from.plusMonths(1 + random.nextInt(12)).minusDays(1);
                    out.add("q=" + enc(word) + "&from=" + from + "&to=" + to);
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static LocalDate dateOf(DirectoryReader reader, int doc) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        SortedNumericDocValues dates = leaf.reader().getSortedNumericDocValues(Schema.DATE);
        if (dates == null || !dates.advanceExact(doc - leaf.docBase)) {
            return null;
        }
        return LocalDate.ofEpochDay(dates.nextValue());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
