package dev.passages.search;

/**
 * Every weight and constant of ranking, each with its reason: BM25's parameters, the weights of the fields
 * and of what widens a query, the second phase's depth and bonuses, and when two passages are one report.
 */
final class Ranking {

    private Ranking() {
    }

    /**
     * BM25 tuned for short passages: Anserini's MS MARCO passage setting (k1 = 0.82, b = 0.68), in place of
     * Lucene's document-length defaults (1.2, 0.75); a paragraph is a passage, not a document.
     */
    static final float BM25_K1 = 0.82f;
    static final float BM25_B = 0.68f;

    /** Speaker names count in ranking ("Ashrafi refugees" finds his "he said"), less than the paragraph's own words. */
    static final float SPEAKER_BOOST = 0.5f;

    /** Title words count (in the second phase), but less than the paragraph's own words: a title speaks for every paragraph. */
    static final float TITLE_BOOST = 0.3f;

    /**
     * Sequential-dependence-style proximity: each pair of neighbouring query words found within this many
     * words of each other earns {@link #PROXIMITY_BONUS}; eight words is a clause, where two words near each
     * other usually speak of one thing.
     */
    static final int PROXIMITY_SLOP = 8;
    /** A constant per pair, so that closeness lifts a passage without an accidental adjacency counting more than a phrasing. */
    static final float PROXIMITY_BONUS = 0.5f;

    /**
     * How many first-phase hits the second phase rescores: the top of the list, where title words and proximity
     * change the order; scoring them over every match cost more than the rest of the query.
     */
    static final int RESCORE_DEPTH = 30;

    /** The spelling the user typed ranks a little above other spellings of the same name (other things equal). */
    static final float EXACT_SPELLING_BONUS = 0.2f;

    /**
     * An acronym's long forms (or the acronym of a long form typed) widen the query; they weigh less than the
     * user's own words, so that a paragraph saying what was typed ranks first, and count once however many
     * long forms a paragraph says.
     */
    static final float EXPANSION_BOOST = 0.6f;
    /** Concept synonyms widen less than acronyms: a synonym is near in meaning, not the same name. */
    static final float SYNONYM_BOOST = 0.25f;
    /** A word's compound with a particle ({@code hide}: {@code hideout}) is a kin word, near as a synonym is. */
    static final float COMPOUND_BOOST = 0.25f;

    /**
     * The constant a paragraph earns for saying a run of adjacent capitalised query words as one phrase (over
     * the spelling skeletons, one word of slack), as much as a proximity pair: a paragraph that says the whole
     * name ranks above ones that say its words apart, without the name drowning the query's other words.
     */
    static final float NAME_PHRASE_BONUS = PROXIMITY_BONUS;

    /**
     * The constant, in the second phase, for a paragraph with a figure in it when the query asks
     * {@code how many} or {@code how much}: as much as a proximity pair, so the figure lifts a passage among
     * those about the question's words without lifting one about nothing asked.
     */
    static final float NUMBER_BONUS = PROXIMITY_BONUS;

    /**
     * The constant, in the second phase, for a paragraph with a figure within {@link #COUNTED_FIGURE_WORDS} words
     * of the word a {@code how many} question counts ("252,000 Afghans" for {@code how many Afghans}): as much as
     * a proximity pair, on top of {@link #NUMBER_BONUS}, so a paragraph that counts what is asked ranks above one
     * with a figure of something else (a date, a percentage of another thing).
     */
    static final float COUNTED_FIGURE_BONUS = PROXIMITY_BONUS;
    /**
     * How many words a counted figure may lie from the word counted: a figure and its noun with a modifier or two
     * between ("300,000 Afghan refugees", "1.7 million undocumented Afghan migrants", "killing 976 people").
     */
    static final int COUNTED_FIGURE_WORDS = 4;

    /**
     * The constant, in the second phase, for each pair of a question's words that are not neighbours in it but
     * are found within {@link #PROXIMITY_SLOP} words of each other: a question puts its subject, verb and object
     * apart ("who said the TTP hides in Afghanistan", "how many Afghans have left Pakistan"), where an answer may
     * say them together in another order. Half a neighbouring pair's bonus: words apart in the question are
     * weaker evidence of one thing than words side by side.
     */
    static final float QUESTION_PAIR_BONUS = PROXIMITY_BONUS / 2;
    /**
     * The most words of a question whose every pair is a proximity window; a longer question (a pasted sentence)
     * keeps its neighbouring pairs only, so that the windows stay few (28 pairs at most).
     */
    static final int QUESTION_PAIR_WORDS = 8;

    /**
     * The constant, in the second phase, for a paragraph that gives a cause ("because", "in response to") when
     * the query asks {@code why}: as much as a figure for {@code how many}, for the same reason.
     */
    static final float REASON_BONUS = PROXIMITY_BONUS;

    /**
     * How many hits each side of a hybrid search ranks before they are fused, and how many nearest paragraphs a
     * semantic search returns: deep enough that a passage one side ranks low but the other high is in both lists.
     */
    static final int FUSION_DEPTH = 100;

    /**
     * The vector side's share of a hybrid score (linear fusion of min-max normalised scores; BM25 has the rest).
     * BM25 here is strong on names and acronyms (spelling variants, expansions, a second phase), and a query that
     * names something wants the passages that say it: on the judged queries a share of 0.5 lost 0.06-0.08 nDCG@10
     * on names and acronyms, 0.15 lost at most 0.01 on any kind and gained 0.02-0.03 on the others. Reciprocal
     * rank fusion (k = 60) scored below linear fusion at every share tried (docs/semantic.md has the table).
     */
    static final float SEMANTIC_WEIGHT = 0.15f;

    /**
     * The vector side's share for a query asked as a question ({@link QuestionWords}): a question describes what
     * it wants in words the answer need not repeat, and the judged questions scored best with shares of 0.3-0.6
     * (0.4: +0.04 nDCG@10 over BM25, against +0.02 at 0.15).
     */
    static final float SEMANTIC_WEIGHT_QUESTION = 0.4f;

    /**
     * Estimated Jaccard similarity of word 3-shingles above which two paragraphs are one report's copies (an
     * agency story run by several outlets, lightly edited): folded into one hit, "also reported by".
     */
    static final double NEAR_DUPLICATE = 0.4;
}
