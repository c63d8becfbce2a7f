package dev.passages.attribution;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words attribution relies on: communication cues, titles and roles, organisation and media heads,
 * place names, and common words that are not names when capitalised at the start of a sentence.
 * General English and newswire vocabulary; nothing here is specific to one corpus.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** The word list {@code name}: the resource {@code name.txt} beside this class, one word or phrase a line. */
    static Set<String> words(String name) {
        return new WordSet(Set.copyOf(lines(name)));
    }

    /** The lines of the resource {@code name.txt}, trimmed, blank lines and {@code #} comments left out. */
    static List<String> lines(String name) {
        String resource = name + ".txt";
        try (java.io.InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word list missing from the build: " + resource);
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read word list " + resource, e);
        }
    }

    /** A set from a word list that may repeat a word. */
    static Set<String> set(String... words) {
        return new WordSet(Set.copyOf(Arrays.asList(words)));
    }

    /**
     * A fixed word list. Attribution asks a word list something for nearly every token, from a few
     * large methods; as calls to this one small class (which the launcher's JIT setting for
     * {@code index} keeps from being inlined into them) instead of hash probes inlined at every call
     * site, those methods compile to a fraction of the machine code, in a fraction of the time.
     */
    private static final class WordSet extends AbstractSet<String> {
        private final WordTable table;

        WordSet(Set<String> words) {
            this.table = new WordTable(words, null);
        }

        @Override
        public boolean contains(Object o) {
            return table.slot(o) >= 0;
        }

        @Override
        public Iterator<String> iterator() {
            return table.keys().iterator();
        }

        @Override
        public int size() {
            return table.size();
        }
    }

    /** A fixed map from words, for the same reason as {@link WordSet}. */
    static <V> Map<String, V> map(Map<String, V> entries) {
        return new WordMap<>(Map.copyOf(entries));
    }

    private static final class WordMap<V> extends AbstractMap<String, V> {
        private final Map<String, V> entries;
        private final WordTable table;

        WordMap(Map<String, V> entries) {
            this.entries = entries;
            this.table = new WordTable(entries.keySet(), entries);
        }

        @Override
        @SuppressWarnings("unchecked")
        public V get(Object key) {
            int slot = table.slot(key);
            return slot < 0 ? null : (V) table.values[slot];
        }

        @Override
        public boolean containsKey(Object key) {
            return table.slot(key) >= 0;
        }

        @Override
        public Set<Entry<String, V>> entrySet() {
            return entries.entrySet();
        }
    }

    /**
     * Open addressing over a power-of-two table a quarter full, each word's hash kept beside it (with
     * its lowest bit set, so that 0 marks an empty slot): a miss, the usual answer, costs one hash
     * (cached in the String) and a read of the hash array alone, without the modulo and equality calls
     * of the JDK's immutable sets.
     */
    private static final class WordTable {
        private final String[] words;
        private final int[] hashes;
        private final Object[] values;
        private final int mask;
        private final int size;

        WordTable(Set<String> keys, Map<String, ?> entries) {
            int capacity = Integer.highestOneBit(Math.max(4, keys.size() * 4) - 1) << 1;
            words = new String[capacity];
            hashes = new int[capacity];
            values = entries == null ? null : new Object[capacity];
            mask = capacity - 1;
            size = keys.size();
            for (String k : keys) {
                int h = k.hashCode();
                int i = spread(h) & mask;
                while (words[i] != null) {
                    i = (i + 1) & mask;
                }
                words[i] = k;
                hashes[i] = h | 1;
                if (values != null) {
                    values[i] = entries.get(k);
                }
            }
        }

        private static int spread(int h) {
            return h ^ (h >>> 16);
        }

        /** The slot holding {@code o}, or -1. */
        int slot(Object o) {
            if (!(o instanceof String s)) {
                return -1;
            }
            int h = s.hashCode();
            int marked = h | 1;
            for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
                int stored = hashes[i];
                if (stored == 0) {
                    return -1;
                }
                if (stored == marked && words[i].equals(s)) {
                    return i;
                }
            }
        }

        List<String> keys() {
            List<String> out = new ArrayList<>(size);
            for (String w : words) {
                if (w != null) {
                    out.add(w);
                }
            }
            return out;
        }

        int size() {
            return size;
        }
    }

    /**
     * Verbs of speech whose present participle is a cue too ({@code ..., telling reporters}, {@code by insisting}):
     * those that are speech whatever their object, not those whose -ing form is mostly a noun or another sense
     * ({@code recording}, {@code showing}, {@code expecting}).
     */
    private static final Set<String> PARTICIPLE_CUES = words("participle-cues");

    /** Verbs whose last consonant doubles before -ing (stress on a final short syllable). */
    private static final Set<String> DOUBLING = words("doubling");

    /** Inflected forms of communication verbs, each mapped to its lemma (the cue reported). */
    static final Map<String, String> CUE_VERBS = cueVerbs();

    private static Map<String, String> cueVerbs() {
        Map<String, String> m = new HashMap<>();
        for (String line : lines("cue-verbs")) {
            String[] forms = line.split("\\s+");
            for (String form : forms) {
                m.put(form, forms[0]);
            }
        }
        for (String lemma : PARTICIPLE_CUES) {
            m.put(presentParticiple(lemma), lemma);
        }
        return map(m);
    }

    /** {@code tell} → {@code telling}, {@code state} → {@code stating}, {@code admit} → {@code admitting}. */
    static String presentParticiple(String lemma) {
        if (lemma.endsWith("ie")) {
            return lemma.substring(0, lemma.length() - 2) + "ying";
        }
        if (lemma.endsWith("e") && !lemma.endsWith("ee")) {
            return lemma.substring(0, lemma.length() - 1) + "ing";
        }
        if (DOUBLING.contains(lemma)) {
            return lemma + lemma.charAt(lemma.length() - 1) + "ing";
        }
        return lemma + "ing";
    }


    /**
     * Lemmas that are cues only with a particle or object that makes them speech:
     * {@code called for}, {@code raised concerns}, {@code pointed out}, {@code ruled out}, {@code speaking to}.
     */
    static final Map<String, Set<String>> CUE_NEEDS_NEXT = cueNeedsNext();

    private static Map<String, Set<String>> cueNeedsNext() {
        Map<String, Set<String>> m = new HashMap<>();
        for (String line : lines("cue-needs-next")) {
            int colon = line.indexOf(':');
            m.put(line.substring(0, colon).trim(), set(line.substring(colon + 1).trim().split("\\s+")));
        }
        return map(m);
    }

    /** Cue lemmas that report figures: speech only when an organisation records them ({@code PICSS recorded}). */
    static final Set<String> ORGANISATION_CUES = words("organisation-cues");

    /** Role nouns for a person who speaks for an organisation: {@code an IBC spokesman}, {@code a spokesman for X}. */
    static final Set<String> REPRESENTATIVES = words("representatives");

    /** Organisation nouns that can stand for any company named before ({@code the company said}). */
    static final Set<String> GENERIC_ORG_ROLES = words("generic-org-roles");

    /** What ends a firm's name after "and" ({@code Aubrey G. Lanston and Co}, {@code J. Bildner and Sons}). */
    static final Set<String> FIRM_ENDINGS = words("firm-endings");

    /** Corporate suffixes left out of an organisation's initials ({@code LIG} for London International Group Plc). */
    static final Set<String> CORPORATE_SUFFIXES = words("corporate-suffixes");

    /** Cue lemmas that, with a place as subject, still mean a statement of that state ({@code Pakistan blamed Kabul}). */
    static final Set<String> STATE_CUES = words("state-cues");

    /** Nationality adjectives: they modify names ({@code the Afghan interim government}) but name no one. */
    static final Set<String> DEMONYMS = words("demonyms");

    /** Cues whose bare form is usually a noun ({@code California state}, {@code a record}): only inflected forms count. */
    static final Set<String> INFLECTED_ONLY = words("inflected-only");

    /** Cues that speak only through a document ({@code the data showed}). */
    static final Set<String> DOCUMENT_CUES = words("document-cues");

    /** Documents an organisation issues; a person's report or data is rarely meant by "the report". */
    static final Set<String> ORGANISATION_DOCUMENTS = words("organisation-documents");

    /** Words before a cue verb that make it a noun or an infinitive: {@code the claims}, {@code to say}. */
    static final Set<String> NOT_BEFORE_VERB = words("not-before-verb");

    /** Prepositions: a name after one is no subject, and an -s verb before one ends a quotation's tag. */
    static final Set<String> PREPOSITIONS = words("prepositions");

    /** Words that end a role phrase on its left: {@code in a statement the ministry said}. */
    static final Set<String> PREPOSITIONS_BEFORE_ROLE = words("prepositions-before-role");

    /** Auxiliaries and adverbs that may stand between a subject and its cue: {@code has also further said}. */
    static final Set<String> BETWEEN_SUBJECT_AND_VERB = words("between-subject-and-verb");
    /** Those of them that may stand before a cue in a title-case headline: none that ends a name ({@code Theresa May Says}). */
    static final Set<String> HEADLINE_ADVERBS = words("headline-adverbs");

    /** Pronouns that refer to a person speaking. */
    static final Set<String> PERSON_PRONOUNS = words("person-pronouns");
    /** Pronouns that refer to an organisation or a document speaking. */
    static final Set<String> THING_PRONOUNS = words("thing-pronouns");

    /** Title and office words peeled off a name ({@code caretaker Prime Minister}), kept as the person's roles. */
    static final Set<String> TITLES = words("titles");

    /** Titles of courtesy, which a surname follows ({@code Mr. Prince}). */
    static final Set<String> COURTESY_TITLES = words("courtesy-titles");
    /** Offices that a courtesy title addresses rather than names ({@code Mr. President}, {@code Madam Speaker}). */
    static final Set<String> ADDRESSED_TITLES = words("addressed-titles");
    /** Titles and role words that tell a man ({@code Mr.}, {@code spokesman}). */
    static final Set<String> MALE_WORDS = words("male-words");
    /** Titles and role words that tell a woman ({@code Ms.}, {@code spokeswoman}). */
    static final Set<String> FEMALE_WORDS = words("female-words");

    /** {@code 'm'} or {@code 'f'} when the words tell one gender only, else 0. */
    static char genderOf(List<String> words) {
        boolean male = false;
        boolean female = false;
        // by index: under C1 alone (index on a small corpus) a for-each loop allocates its iterator every call
        for (int i = 0; i < words.size(); i++) {
            male |= MALE_WORDS.contains(words.get(i));
            female |= FEMALE_WORDS.contains(words.get(i));
        }
        return male == female ? 0 : male ? 'm' : 'f';
    }

    /** Given names borne almost only by men ({@code Eric}). */
    static final Set<String> MALE_FORENAMES = words("male-forenames");
    /** Given names borne almost only by women ({@code Claire}). */
    static final Set<String> FEMALE_FORENAMES = words("female-forenames");

    /** {@code 'm'} or {@code 'f'} when the given name tells one gender, else 0. */
    static char forenameGender(String lower) {
        return MALE_FORENAMES.contains(lower) ? 'm' : FEMALE_FORENAMES.contains(lower) ? 'f' : 0;
    }

    /** {@code 'm'} for he/him, {@code 'f'} for she/her, else 0. */
    static char pronounGender(String lower) {
        return switch (lower) {
            case "he", "him", "his" -> 'm';
            case "she", "her", "hers" -> 'f';
            default -> 0;
        };
    }

    /** Honorifics that are part of a name ({@code Hafiz}, {@code Maulana}): kept, but ignored when comparing names. */
    static final Set<String> HONORIFICS = words("honorifics");

    /** Name particles that join name parts ({@code Anwar ul Haq}, {@code bin Salman}). */
    static final Set<String> PARTICLES = words("particles");

    /** Words that head an organisation's name ({@code Foreign Office}, {@code Pakistan Ulema Council}). */
    static final Set<String> ORG_HEADS = words("org-heads");

    /**
     * Ordinary words that mark a news outlet in a name of two words or more ({@code Geo News}, {@code Express
     * Tribune}, {@code Eurasia Review}); no outlet's own name.
     */
    static final Set<String> MEDIA_WORDS = words("media-words");

    /** Languages an outlet may have a service in ({@code BBC Urdu}). */
    static final Set<String> LANGUAGES = words("languages");

    /** The articles: {@code the}, {@code a}, {@code an}. */
    static final Set<String> ARTICLES = words("articles");

    /** Lower-case nouns that, after a name, make it an outlet ({@code Dawn newspaper}, {@code the Ariana channel}). */
    static final Set<String> OUTLET_NOUNS = words("outlet-nouns");

    /** What follows "news" when a name before it is an outlet's: {@code the Xinhua news agency}. */
    static final Set<String> NEWS_SERVICES = words("news-services");

    /** Countries, capitals and regions: states may speak ({@code Pakistan blamed}) but are never people. */
    static final Set<String> PLACES = words("places");

    /**
     * Role nouns that refer back to a person introduced with that role ({@code the premier}), each
     * mapped to its canonical role.
     */
    static final Map<String, String> PERSON_ROLES = personRoles();

    private static Map<String, String> personRoles() {
        Map<String, String> m = new HashMap<>();
        for (String line : lines("person-roles")) {
            int eq = line.indexOf(" = ");
            m.put(line.substring(0, eq).trim(), line.substring(eq + 3).trim());
        }
        return map(m);
    }

    /** Roles held by one person at a time, which a role noun can name before the person is named. */
    static final Set<String> OFFICES = words("offices");

    /** Nouns that refer back to an organisation ({@code the company said}). */
    static final Set<String> ORG_ROLES = words("org-roles");

    /** Nouns for what an organisation or person issued ({@code the statement said}): they speak for their issuer. */
    static final Set<String> DOCUMENTS = words("documents");

    /** Common nouns that head a generic, unnamed source ({@code officials said}, {@code Pakistan media reported}). */
    static final Set<String> GENERIC_SOURCES = words("generic-sources");

    /**
     * Words that are not names even when capitalised at a sentence start ({@code Meanwhile}, {@code However}),
     * nor as capitalised words in a headline-like run.
     */
    static final Set<String> COMMON = words("common");

    static String canonicalRole(String words) {
        return PERSON_ROLES.get(words);
    }
}
