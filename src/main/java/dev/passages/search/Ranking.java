package dev.passages.search;

/** Ranking weights that the query builder adds beyond BM25, each with its reason. */
final class Ranking {

    private Ranking() {
    }

    /**
     * The constant a paragraph earns for saying a run of adjacent capitalised query words as one phrase (over
     * the spelling skeletons, one word of slack), as much as a proximity pair: a paragraph that says the whole
     * name ranks above ones that say its words apart, without the name drowning the query's other words.
     */
    static final float NAME_PHRASE_BONUS = QueryBuilder.PROXIMITY_BONUS;

    /**
     * The constant, in the second phase, for a paragraph with a figure in it when the query asks
     * {@code how many} or {@code how much}: as much as a proximity pair, so the figure lifts a passage among
     * those about the question's words without lifting one about nothing asked.
     */
    static final float NUMBER_BONUS = QueryBuilder.PROXIMITY_BONUS;
}
