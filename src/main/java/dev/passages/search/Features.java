package dev.passages.search;

/**
 * Query widenings that can be switched off, for measuring what each one brings: spelling variants
 * (transliteration skeletons), acronyms learned from the corpus, the curated concept synonyms, and a word's
 * compounds with a particle ({@link Compounds}).
 */
public record Features(boolean variants, boolean acronyms, boolean synonyms, boolean compounds) {

    /**
     * What search uses unless told otherwise: variants and acronyms. The synonyms lowered nDCG@10 and
     * recall@10 on the judged queries (see RetrievalQualityEvaluation), and so, a little, did the compounds
     * (one question), so both are opt-in ({@code --synonyms}).
     */
    public static final Features DEFAULT = new Features(true, true, false, false);
    public static final Features ALL = new Features(true, true, true, true);
    public static final Features NONE = new Features(false, false, false, false);
}
