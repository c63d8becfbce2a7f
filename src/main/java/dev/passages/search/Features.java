package dev.passages.search;

/**
 * Query widenings that can be switched off, for measuring what each one brings: spelling variants
 * (transliteration skeletons), acronyms learned from the corpus, and the curated concept synonyms.
 */
public record Features(boolean variants, boolean acronyms, boolean synonyms) {

    /**
     * What search uses unless told otherwise: variants and acronyms. The synonyms lowered nDCG@10 and
     * recall@10 on the judged queries (see RetrievalQualityEvaluation), so they are opt-in ({@code --synonyms}).
     */
    public static final Features DEFAULT = new Features(true, true, false);
    public static final Features ALL = new Features(true, true, true);
    public static final Features NONE = new Features(false, false, false);
}
