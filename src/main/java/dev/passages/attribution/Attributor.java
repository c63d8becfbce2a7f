package dev.passages.attribution;

import dev.passages.corpus.Article;

import java.util.ArrayList;
import java.util.List;

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

    /** An attributor that knows outlets from each article's own source field ({@code Source: Ariana News}). */
    public Attributor() {
    }

    /**
     * The speakers of each paragraph of {@code article}, in paragraph order; a name of its byline's writers
     * names a person.
     */
    public List<List<Attribution>> attribute(Article article) {
        if (!SpeechScan.mayHoldSpeech(article.paragraphs())) {
            return noSpeakers(article.paragraphs().size());
        }
        return new ArticleRun(article.paragraphs(), Outlets.NONE.with(article.source()), BylineNames.of(article.byline())).run();
    }

    /** The speakers of each of {@code paragraphs}, in order: an article known by its text alone. */
    public List<List<Attribution>> attribute(List<String> paragraphs) {
        if (!SpeechScan.mayHoldSpeech(paragraphs)) {
            return noSpeakers(paragraphs.size());
        }
        return new ArticleRun(paragraphs, Outlets.NONE).run();
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
