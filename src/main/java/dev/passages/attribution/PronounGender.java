package dev.passages.attribution;


/**
 * Learns a person's gender from the article's own co-reference: a he or she (his, her, himself, herself)
 * further on in a sentence that the person opens, with no other name or quotation between.
 */
final class PronounGender {

    private PronounGender() {
    }

    /**
     * Gives the person the sentence opens with the gender of the first personal pronoun after the name,
     * when no other name and no quotation mark stand between them ({@code Lena Moor said her plan would
     * pass}, {@code Reed distanced himself}) and the person's gender is not known yet.
     */
    static void learn(Sentence s, Mention opening, Entity person) {
        if (person.gender != 0 || person.kind != Mention.Kind.PERSON) {
            return;
        }
        TokenList toks = s.toks();
        for (int k = opening.end(); k < s.s1(); k++) {
            Token t = toks.get(k);
            if (t.isQuote() || s.mentionByStart().get(k) != null) {
                return;
            }
            char gender = genderOf(t.lower());
            if (gender != 0) {
                person.tellGender(gender);
                return;
            }
        }
    }

    private static char genderOf(String lower) {
        return switch (lower) {
            case "himself" -> 'm';
            case "herself" -> 'f';
            default -> Lexicon.pronounGender(lower);
        };
    }
}
