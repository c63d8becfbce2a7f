package dev.passages.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the words around a person's name say of them: titles and role words before it and an
 * apposition after it give roles and gender, and an apposition may tell that a name is an outlet's or
 * a company's.
 */
final class EntityRoles {

    private static final Set<String> ARTICLES = Lexicon.ARTICLES;
    private static final Set<String> RELATIVES = Lexicon.words("relative-pronouns");

    /**
     * The first words of the roles of two words or more ({@code prime} of {@code prime minister}): a pair of words
     * is looked up as a role only when it opens with one, not joined into a phrase for every word.
     */
    private static final Set<String> PHRASE_STARTS = Affiliations.firstWordsOfPhrases(Lexicon.PERSON_ROLES.keySet());

    private EntityRoles() {
    }

    /** Titles in the name run, title words just before it, and an apposition after it, as roles. */
    static void collect(Entity e, Mention m, TokenList toks, int s0, int s1) {
        int k = m.start() - 1;
        while (k >= s0 && toks.get(k).isWord() && !toks.get(k).isCapitalised()
                && (Lexicon.TITLES.contains(toks.get(k).lower()) || Lexicon.PERSON_ROLES.containsKey(toks.get(k).lower()))) {
            k--;
        }
        List<String> titles = m.titles();
        List<String> words = new ArrayList<>(titles.size() + m.start() - 1 - k);
        words.addAll(titles);
        for (int b = k + 1; b < m.start(); b++) {
            words.add(toks.get(b).lower());
        }
        addRoles(e, words);
        e.tellGender(Lexicon.genderOf(words));
        if (e.kind == Mention.Kind.PERSON) {
            e.tellGender(forenameGender(m, toks));
        }
        if (m.end() < s1 && toks.get(m.end()).text().equals(",")) {
            fromApposition(e, m, toks, s1);
        }
    }

    /**
     * The gender the given name tells ({@code Eric Holm}, {@code Ohio Claire Vos}): the first word that is no
     * place, unless it is the last, the surname; else 0 ({@code Giovanni Maria Vian} tells none).
     */
    private static char forenameGender(Mention m, TokenList toks) {
        int k = m.start();
        while (k < m.end() - 1 && Lexicon.PLACES.contains(toks.get(k).lower())) {
            k++;
        }
        return k < m.end() - 1 ? Lexicon.forenameGender(toks.get(k).lower()) : 0;
    }

    /**
     * {@code Reed, the party's deputy leader,}: the words after the comma, up to the next one, a cue or a quotation
     * mark ({@code "... with Reed," the company wrote}: the words after it are no apposition of a name inside the
     * quotation).
     */
    private static void fromApposition(Entity e, Mention m, TokenList toks, int s1) {
        List<String> after = new ArrayList<>();
        for (int j = m.end() + 1; j < s1 && j < m.end() + 12; j++) {
            Token t = toks.get(j);
            if (t.isQuote()) {
                break;
            }
            if (t.text().equals(",") || Lexicon.CUE_VERBS.containsKey(t.lower())) {
                break;
            }
            if (t.isWord()) {
                after.add(t.lower());
            }
        }
        addRoles(e, after);
        // "Reed, a strategist for Mrs. Holm," is no woman: a courtesy title there is another person's
        e.tellGender(Lexicon.genderOf(withoutCourtesyTitles(after)));
        kindFromApposition(e, m, after);
    }

    private static List<String> withoutCourtesyTitles(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            if (!Lexicon.COURTESY_TITLES.contains(words.get(i))) {
                out.add(words.get(i));
            }
        }
        return out;
    }

    /** {@code Dawn, an English-language newspaper}, {@code Shell Francaise, a subsidiary of}: the kind the apposition tells. */
    private static void kindFromApposition(Entity e, Mention m, List<String> after) {
        boolean personal = false;
        for (int i = 0; i < after.size() && !personal; i++) {
            personal = Lexicon.PERSON_ROLES.containsKey(after.get(i));
        }
        if (!personal && (e.kind != Mention.Kind.PERSON || m.titles().isEmpty()) && !after.isEmpty()
                && ARTICLES.contains(after.get(0))) {
            for (int a = 0; a < after.size(); a++) {
                String w = after.get(a);
                if (Lexicon.OUTLET_NOUNS.contains(w) && !w.equals("daily") || w.equals("news") && a + 1 < after.size()
                        && Lexicon.NEWS_SERVICES.contains(after.get(a + 1))) {
                    // "Dawn, an English-language newspaper": an outlet
                    e.kind = Mention.Kind.MEDIA;
                    break;
                }
                if ((Lexicon.GENERIC_ORG_ROLES.contains(w) || w.equals("subsidiary") || w.equals("unit")) && endsPhrase(after, a)) {
                    // "Shell Francaise, a subsidiary of ...": a company, whatever its name looks like; not
                    // "Ana Pell, a 14-year Carrier worker", where the company only qualifies the noun that heads it
                    e.kind = Mention.Kind.ORGANIZATION;
                    break;
                }
                if (w.equals("of")) {
                    break;
                }
            }
        }
    }

    /** Whether the word at {@code a} heads its noun phrase: the last word, or one before a preposition or a relative pronoun. */
    private static boolean endsPhrase(List<String> words, int a) {
        if (a + 1 == words.size()) {
            return true;
        }
        String next = words.get(a + 1);
        return Lexicon.PREPOSITIONS.contains(next) || RELATIVES.contains(next) || next.equals("and") || next.equals("or");
    }

    private static void addRoles(Entity e, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (i + 1 < words.size() && PHRASE_STARTS.contains(words.get(i))) {
                String role = Lexicon.canonicalRole(words.get(i) + " " + words.get(i + 1));
                if (role != null) {
                    e.roles.add(role);
                    i++;
                    continue;
                }
            }
            String role = Lexicon.canonicalRole(words.get(i));
            if (role != null) {
                e.roles.add(role);
                if (role.equals("minister") && i > 0) {
                    e.roles.add(words.get(i - 1) + " minister");
                }
            }
        }
    }
}
