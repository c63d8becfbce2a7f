package dev.passages.attribution;

import dev.passages.corpus.Article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Works out who speaks in each paragraph of an article: communication cues and their subjects
 * (names, pronouns, role nouns, appositions, inversions, {@code according to}), entities merged
 * within the article, pronouns and roles resolved, quotes that run on inherited. Stateless: one
 * instance serves any number of articles and threads.
 */
public final class Attributor {

    /**
     * Paragraphs longer than this (a whole book on one line, a data dump) are not attributed: no
     * news paragraph is that long, and the work would grow with it.
     */
    static final int MAX_PARAGRAPH_CHARS = 20_000;

    private final Outlets outlets;

    /** An attributor that knows outlets only from each article's own source field. */
    public Attributor() {
        this(Set.of());
    }

    /**
     * An attributor that also knows as outlets the names in {@code sources}: the source fields of the
     * articles of a corpus ({@code Dawn}, {@code Ariana News}).
     */
    public Attributor(Collection<String> sources) {
        this.outlets = Outlets.of(sources);
    }

    /**
     * The speakers of each paragraph of {@code article}, in paragraph order; a name of its byline's writers
     * names a person.
     */
    public List<List<Attribution>> attribute(Article article) {
        if (!SpeechScan.mayHoldSpeech(article.paragraphs())) {
            return noSpeakers(article.paragraphs().size());
        }
        return new ArticleRun(article.paragraphs(), outlets.with(article.source()), BylineNames.of(article.byline())).run();
    }

    /** The speakers of each of {@code paragraphs}, in order: an article known by its text alone. */
    public List<List<Attribution>> attribute(List<String> paragraphs) {
        if (!SpeechScan.mayHoldSpeech(paragraphs)) {
            return noSpeakers(paragraphs.size());
        }
        return new ArticleRun(paragraphs, outlets).run();
    }

    /** What a run over paragraphs with no cue and no quotation mark gives: no speaker in any of them. */
    private static List<List<Attribution>> noSpeakers(int paragraphs) {
        List<List<Attribution>> out = new ArrayList<>(paragraphs);
        for (int p = 0; p < paragraphs; p++) {
            out.add(List.of());
        }
        return out;
    }
}
