package dev.passages.search;

import dev.passages.attribution.Names;
import dev.passages.index.Schema;
import dev.passages.speakers.SpeakerRegistry;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.LevenshteinDistance;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

import java.io.IOException;
import java.util.BitSet;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Did-you-mean: a query's unknown words respelled as words the index has, and the speaker nearest a name that matched none. */
final class Suggestions {

    /** A word worth respelling: four letters or more. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    /**
     * What no spelling suggestion touches: a field's name, the keys {@code id:} and {@code article:} name, a fuzzy
     * word ({@code Ashrfi~}, which asks for near spellings itself) and a pattern ({@code refug*es}).
     */
    private static final Pattern NOT_WORDS = Pattern.compile(
            "(?<![\\p{L}\\d_])(?:id|article):(?:\"[^\"]*\"?|[^\\s()]+)|\\p{L}[\\p{L}\\d_]*:"
                    + "|[\\p{L}\\d]+~[\\d.]*|[\\p{L}\\d]*\\*[\\p{L}\\d*?]*|[\\p{L}\\d]*\\?[\\p{L}\\d*?]+");
    /** A query longer than this gets no respelling: a pasted paragraph's would be the paragraph again. */
    static final int MAX_RESPELLED_CHARS = 300;

    /** How alike a respelling must be to the word typed: one less edits over the longer word's letters. */
    private static final float MIN_LIKENESS = 0.7f;

    private final IndexReader reader;
    private final Analyzer analyzer;

    Suggestions(IndexReader reader, Analyzer analyzer) {
        this.reader = reader;
        this.analyzer = analyzer;
    }

    /**
     * The query with each word the index does not know at all respelled as a near word it knows, or null;
     * whatever the hits of the other words ({@code Ashrfi refugees}), and never as another form of the same word
     * ({@code havens}, {@code haven}). A word the index knows, however rarely, is left as typed.
     */
    String respelled(String query) throws IOException {
        if (query.length() > MAX_RESPELLED_CHARS) {
            return null;
        }
        DirectSpellChecker checker = new DirectSpellChecker();
        // a respelling keeps at least 70% of the word's letters: two edits only from seven letters on ("refugess",
        // "hidouts" as written), not "hide" as "have", whose half differs (Lucene's default accepts half)
        checker.setAccuracy(MIN_LIKENESS);
        BitSet kept = new BitSet();
        for (Matcher k = NOT_WORDS.matcher(query); k.find(); ) {
            kept.set(k.start(), k.end());
        }
        Matcher m = WORD.matcher(query);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            String replacement = m.group();
            int frequency = kept.get(m.start()) ? Integer.MAX_VALUE : frequency(word);
            if (frequency == 0) {
                SuggestWord[] near = checker.suggestSimilar(
                        new Term(Schema.TEXT, word), 1, reader,
                        SuggestMode.SUGGEST_MORE_POPULAR);
                if (near.length > 0 && !QueryTerms.analyze(analyzer, Schema.TEXT, near[0].string)
                            .equals(QueryTerms.analyze(analyzer, Schema.TEXT, word))) {
                    replacement = near[0].string;
                    changed = true;
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return changed ? out.toString() : null;
    }

    /**
     * In how many paragraphs the index has a word, as the text field indexes it ({@code revenues} as
     * {@code revenue}): the fewest of its terms; a stop word, which has none, counts as everywhere.
     */
    private int frequency(String word) throws IOException {
        int fewest = Integer.MAX_VALUE;
        for (String term : QueryTerms.analyze(analyzer, Schema.TEXT, word)) {
            fewest = Math.min(fewest, reader.docFreq(new Term(Schema.TEXT, term)));
        }
        return fewest;
    }

    /** The speaker name nearest to a name that matched none (edit distance over name parts), or null. */
    static String nearestSpeaker(String name, SpeakerRegistry speakers) {
        LevenshteinDistance distance = new LevenshteinDistance();
        String folded = Names.fold(name);
        String best = null;
        float bestScore = 0.7f;
        for (SpeakerRegistry.Entry e : speakers.all()) {
            for (String alias : e.aliases()) {
                // an honorific or a given name (Hafiz, Syed) names no one alone, but says whom the user meant
                for (String part : Names.parts(alias)) {
                    float score = distance.getDistance(folded, part);
                    if (score > bestScore) {
                        bestScore = score;
                        best = e.name();
                    }
                }
                float whole = distance.getDistance(folded, Names.fold(alias));
                if (whole > bestScore) {
                    bestScore = whole;
                    best = e.name();
                }
            }
        }
        return best;
    }
}
