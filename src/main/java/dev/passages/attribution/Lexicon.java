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
     * Open addressing over a power-of-two table a quarter full, each word's hash kept beside it: a
     * miss, the usual answer, costs one hash (cached in the String) and a comparison of two ints,
     * without the modulo and equality calls of the JDK's immutable sets.
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
                hashes[i] = h;
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
            for (int i = spread(h) & mask; words[i] != null; i = (i + 1) & mask) {
                if (hashes[i] == h && words[i].equals(s)) {
                    return i;
                }
            }
            return -1;
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
    private static final String[] PARTICIPLE_CUES = {"tell", "state", "stress", "ask", "claim", "deny", "reject",
        "accuse", "insist", "explain", "announce", "describe", "reiterate", "argue", "assert", "emphasise",
        "emphasize", "declare", "acknowledge", "admit", "tweet", "write", "recall", "vow", "pledge", "promise",
        "threaten", "condemn", "criticise", "criticize", "praise", "dismiss", "reveal", "assure",
        "allege", "contend", "concede", "suggest", "propose", "recommend", "blame", "demand", "confirm", "predict",
        "call"};

    /** Verbs whose last consonant doubles before -ing (stress on a final short syllable). */
    private static final Set<String> DOUBLING = set("admit", "regret", "commit", "submit", "omit", "permit", "refer",
            "prefer", "rebut", "abet");

    /** Inflected forms of communication verbs, each mapped to its lemma (the cue reported). */
    static final Map<String, String> CUE_VERBS = cueVerbs();

    private static Map<String, String> cueVerbs() {
        Map<String, String> m = new HashMap<>();
        String[][] forms = {
            {"say", "says", "said", "saying"},
            {"tell", "tells", "told"},
            {"add", "adds", "added", "adding"},
            {"state", "states", "stated"},
            {"stress", "stresses", "stressed"},
            {"ask", "asks", "asked"},
            {"urge", "urges", "urged", "urging"},
            {"warn", "warns", "warned", "warning"},
            {"claim", "claims", "claimed"},
            {"note", "notes", "noted", "noting"},
            {"deny", "denies", "denied"},
            {"reject", "rejects", "rejected"},
            {"accuse", "accuses", "accused"},
            {"insist", "insists", "insisted"},
            {"explain", "explains", "explained"},
            {"announce", "announces", "announced"},
            {"describe", "describes", "described"},
            {"reiterate", "reiterates", "reiterated"},
            {"maintain", "maintains", "maintained"},
            {"confirm", "confirms", "confirmed"},
            {"estimate", "estimates", "estimated"},
            {"forecast", "forecasts", "forecasted"},
            {"predict", "predicts", "predicted"},
            {"report", "reports", "reported"},
            {"blame", "blames", "blamed"},
            {"demand", "demands", "demanded"},
            {"argue", "argues", "argued"},
            {"assert", "asserts", "asserted"},
            {"emphasise", "emphasises", "emphasised", "emphasize", "emphasizes", "emphasized"},
            {"underline", "underlines", "underlined"},
            {"underscore", "underscores", "underscored"},
            {"remark", "remarks", "remarked"},
            {"declare", "declares", "declared"},
            {"acknowledge", "acknowledges", "acknowledged"},
            {"admit", "admits", "admitted"},
            {"tweet", "tweets", "tweeted"},
            {"write", "writes", "wrote"},
            {"recall", "recalls", "recalled"},
            {"vow", "vows", "vowed"},
            {"pledge", "pledges", "pledged"},
            {"promise", "promises", "promised"},
            {"threaten", "threatens", "threatened"},
            {"condemn", "condemns", "condemned"},
            {"criticise", "criticises", "criticised", "criticize", "criticizes", "criticized"},
            {"praise", "praises", "praised"},
            {"highlight", "highlights", "highlighted"},
            {"welcome", "welcomes", "welcomed"},
            {"dismiss", "dismisses", "dismissed"},
            {"refute", "refutes", "refuted"},
            {"disclose", "discloses", "disclosed"},
            {"reveal", "reveals", "revealed"},
            {"affirm", "affirms", "affirmed"},
            {"assure", "assures", "assured"},
            {"respond", "responds", "responded"},
            {"reply", "replies", "replied"},
            {"cite", "cites", "cited", "citing"},
            {"allege", "alleges", "alleged"},
            {"observe", "observes", "observed"},
            {"comment", "comments", "commented"},
            {"contend", "contends", "contended"},
            {"concede", "concedes", "conceded"},
            {"regret", "regrets", "regretted"},
            {"suggest", "suggests", "suggested"},
            {"propose", "proposes", "proposed"},
            {"recommend", "recommends", "recommended"},
            {"inform", "informs", "informed"},
            {"convey", "conveys", "conveyed"},
            {"express", "expresses", "expressed"},
            {"announce", "announces", "announced"},
            {"quote", "quotes", "quoted"},
            {"call", "calls", "called"},
            {"discount", "discounts", "discounted"},
            {"detail", "details", "detailed"},
            {"speak", "speaks", "spoke", "speaking"},
            {"raise", "raises", "raised"},
            {"point", "points", "pointed"},
            {"rule", "rules", "ruled"},
            {"expect", "expects", "expected"},
            {"press", "presses", "pressed", "pressing"},
            {"thank", "thanks", "thanked"},
            {"record", "records", "recorded"},
            {"link", "links", "linked"},
            {"defend", "defends", "defended"},
            {"voice", "voices", "voiced"},
            {"show", "shows", "showed", "shown"},
            {"summon", "summons", "summoned"},
            {"count", "counts", "counted"},
            {"document", "documents", "documented"},
        };
        for (String[] f : forms) {
            for (String form : f) {
                m.put(form, f[0]);
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
    static final Map<String, Set<String>> CUE_NEEDS_NEXT = map(Map.ofEntries(
            Map.entry("call", set("for", "on", "upon", "the", "it", "them", "this", "that", "a", "an", "his", "their")),
            Map.entry("raise", set("concerns", "concern", "questions", "the", "objections")),
            Map.entry("point", set("out")),
            Map.entry("rule", set("out")),
            Map.entry("speak", set("to", "at", "on", "about", "with", "during", "in", "after", "while")),
            Map.entry("express", set("concern", "concerns", "hope", "confidence", "regret", "satisfaction", "displeasure", "the", "his", "her", "its", "their")),
            Map.entry("expect", set("to", "that", "the", "a", "an", "its", "his", "their", "net", "earnings", "profit", "results", "sales")),
            Map.entry("detail", set("the", "a", "its", "his", "their", "plans", "how")),
            Map.entry("respond", set("to", "by", "that")),
            Map.entry("comment", set("on", "that")),
            Map.entry("link", set("the", "his", "its", "their", "this", "that", "it", "rising", "recent", "terrorism", "militancy"))));

    /** Cue lemmas that report figures: speech only when an organisation records them ({@code PICSS recorded}). */
    static final Set<String> ORGANISATION_CUES = set("record", "count", "document");

    /** Role nouns for a person who speaks for an organisation: {@code an IBC spokesman}, {@code a spokesman for X}. */
    static final Set<String> REPRESENTATIVES = set("spokesman", "spokeswoman", "spokesperson", "official",
            "representative", "executive", "agent", "source");

    /** Organisation nouns that can stand for any company named before ({@code the company said}). */
    static final Set<String> GENERIC_ORG_ROLES = set("company", "firm", "group", "concern", "corporation", "carrier",
            "airline", "utility", "maker", "producer", "retailer", "insurer", "lender", "unit", "subsidiary",
            "automaker", "carmaker", "steelmaker", "chipmaker", "drugmaker", "brewer", "refiner", "miner",
            "partnership", "organisation", "organization");

    /** What ends a firm's name after "and" ({@code Aubrey G. Lanston and Co}, {@code J. Bildner and Sons}). */
    static final Set<String> FIRM_ENDINGS = set("co", "co.", "company", "sons", "brothers", "partners", "associates");

    /** Corporate suffixes left out of an organisation's initials ({@code LIG} for London International Group Plc). */
    static final Set<String> CORPORATE_SUFFIXES = set("inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "plc",
            "llc", "ag", "sa", "nv", "bv", "gmbh", "spa", "ab", "oy", "pty", "limited", "incorporated", "of", "and",
            "the", "for", "de", "l.p.", "lp");

    /** Cue lemmas that, with a place as subject, still mean a statement of that state ({@code Pakistan blamed Kabul}). */
    static final Set<String> STATE_CUES = set("say", "blame", "accuse", "ask", "urge", "demand", "warn", "reject",
            "deny", "claim", "announce", "state", "insist", "call", "condemn", "convey", "express");

    /** Nationality adjectives: they modify names ({@code the Afghan interim government}) but name no one. */
    static final Set<String> DEMONYMS = set("afghan", "afghans", "pakistani", "pakistanis", "indian", "american",
            "british", "chinese", "iranian", "russian", "saudi", "emirati", "qatari", "turkish", "egyptian", "israeli",
            "palestinian", "syrian", "iraqi", "jordanian", "lebanese", "yemeni", "omani", "kuwaiti", "bahraini",
            "bangladeshi", "nepali", "nepalese", "sri", "lankan", "tajik", "uzbek", "turkmen", "kazakh", "kyrgyz",
            "japanese", "korean", "taiwanese", "vietnamese", "thai", "malaysian", "indonesian", "singaporean",
            "filipino", "australian", "canadian", "mexican", "brazilian", "argentine", "argentinian", "chilean",
            "peruvian", "colombian", "venezuelan", "ecuadorean", "bolivian", "french", "german", "italian", "spanish",
            "portuguese", "dutch", "belgian", "swiss", "austrian", "swedish", "norwegian", "danish", "finnish",
            "polish", "greek", "hungarian", "romanian", "bulgarian", "ukrainian", "nigerian", "kenyan", "ethiopian",
            "ghanaian", "zambian", "zimbabwean", "moroccan", "algerian", "tunisian", "libyan", "sudanese",
            "somali", "european", "asian", "african", "arab", "western", "soviet", "baloch", "pashtun", "punjabi",
            "sindhi", "kashmiri", "guinean", "honduran", "pakhtun", "islamic", "muslim");

    /** Cues whose bare form is usually a noun ({@code California state}, {@code a record}): only inflected forms count. */
    static final Set<String> INFLECTED_ONLY = set("state", "report", "record", "count", "document", "note", "show",
            "voice", "comment", "remark", "demand", "claim", "estimate", "forecast", "quote", "call", "press", "link",
            "point", "rule", "detail", "express", "raise", "speak", "thank", "urge", "discount");

    /** Cues that speak only through a document ({@code the data showed}). */
    static final Set<String> DOCUMENT_CUES = set("show");

    /** Documents an organisation issues; a person's report or data is rarely meant by "the report". */
    static final Set<String> ORGANISATION_DOCUMENTS = set("report", "survey", "study", "data", "figures", "database",
            "paper", "analysis", "filing");

    /** Words before a cue verb that make it a noun or an infinitive: {@code the claims}, {@code to say}. */
    static final Set<String> NOT_BEFORE_VERB = set("the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
            "these", "those", "such", "this", "to", "any", "no", "some", "of", "whose", "for", "in", "on", "by", "with");

    /** Words that end a role phrase on its left: {@code in a statement the ministry said}. */
    static final Set<String> PREPOSITIONS_BEFORE_ROLE = set("in", "on", "at", "to", "with", "by", "from", "that",
            "which", "who", "and", "but", "as", "while", "when", "after", "before");

    /** Auxiliaries and adverbs that may stand between a subject and its cue: {@code has also further said}. */
    static final Set<String> BETWEEN_SUBJECT_AND_VERB = set("has", "had", "have", "also", "further", "again",
            "then", "later", "earlier", "reportedly", "repeatedly", "categorically", "would", "will", "had", "not", "never",
            "previously", "recently", "separately", "long", "similarly", "once", "already", "strongly", "firmly", "clearly",
            "publicly", "openly", "explicitly", "specifically", "flatly", "sharply", "is", "was", "were", "are",
            "been", "did", "does", "do", "may", "might", "could", "should", "can", "just", "still", "today", "yesterday",
            "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "however", "too",
            "even", "now", "last", "week", "also", "subsequently", "additionally", "moreover", "first", "finally",
            "further", "had", "emphatically", "squarely", "unequivocally", "vehemently", "angrily", "bluntly", "pointedly",
            "formally", "officially", "privately", "recently", "time", "times", "many", "several", "more");

    /** Pronouns that refer to a person or an organisation speaking. */
    static final Set<String> PERSON_PRONOUNS = set("he", "she", "him", "her");
    static final Set<String> THING_PRONOUNS = set("it");

    /** Title and office words peeled off a name ({@code caretaker Prime Minister}), kept as the person's roles. */
    static final Set<String> TITLES = set("prime", "minister", "ministers", "president", "vice", "caretaker",
            "interim", "acting", "chief", "general", "gen", "gen.", "lt", "lt.", "lieutenant", "army", "staff", "special",
            "representative", "spokesman", "spokeswoman", "spokesperson", "foreign", "interior", "information",
            "deputy", "senior", "federal", "provincial", "secretary", "ambassador", "envoy", "governor", "chairman",
            "chairwoman", "chairperson", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "senator", "sen.",
            "judge", "justice", "commander", "colonel", "col.", "major", "maj.", "captain", "capt.", "brigadier", "brig.",
            "lieutenant-general", "major-general", "admiral", "director", "director-general", "head", "leader",
            "premier", "pm", "king", "queen", "prince", "sheikh", "emir", "finance", "defence", "defense", "home",
            "affairs", "religious", "state", "trade", "commerce", "energy", "minerals", "agriculture", "economy",
            "treasury", "attorney", "executive", "officer", "managing", "analyst", "economist", "official", "spokesman,",
            "mayor", "senior", "top", "former", "then", "chief-executive", "ceo", "cfo", "coo", "vp", "undersecretary",
            "under", "assistant", "professor", "prof.", "field", "marshal", "air", "naval", "chief-of-staff", "council",
            "ulema", "rep", "rep.", "congressman", "congresswoman", "subcommittee", "budget", "secretary-general",
            "vice-president", "vice-chairman", "spokesman", "administrator", "commissioner", "chancellor");

    /** Honorifics that are part of a name ({@code Hafiz}, {@code Maulana}): kept, but ignored when comparing names. */
    /** Titles of courtesy, which a surname follows ({@code Mr. Prince}). */
    static final Set<String> COURTESY_TITLES = set("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.");
    /** Offices that a courtesy title addresses rather than names ({@code Mr. President}, {@code Madam Speaker}). */
    static final Set<String> ADDRESSED_TITLES = set("president", "speaker", "chairman", "chairwoman", "secretary",
            "ambassador", "mayor", "justice", "prime", "vice");
    /** Titles and role words that tell a man ({@code Mr.}, {@code spokesman}). */
    static final Set<String> MALE_WORDS = set("mr", "mr.", "sir", "king", "prince", "congressman", "spokesman",
            "businessman", "father", "husband", "son", "brother", "uncle", "grandfather", "actor", "lord", "baron");
    /** Titles and role words that tell a woman ({@code Ms.}, {@code spokeswoman}). */
    static final Set<String> FEMALE_WORDS = set("mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "queen",
            "princess", "congresswoman", "spokeswoman", "chairwoman", "businesswoman", "mother", "wife", "daughter",
            "sister", "aunt", "grandmother", "actress", "lady", "dame", "baroness", "begum");

    /** {@code 'm'} or {@code 'f'} when the words tell one gender only, else 0. */
    static char genderOf(List<String> words) {
        boolean male = false;
        boolean female = false;
        for (String w : words) {
            male |= MALE_WORDS.contains(w);
            female |= FEMALE_WORDS.contains(w);
        }
        return male == female ? 0 : male ? 'm' : 'f';
    }

    /** {@code 'm'} for he/him, {@code 'f'} for she/her, else 0. */
    static char pronounGender(String lower) {
        return switch (lower) {
            case "he", "him", "his" -> 'm';
            case "she", "her", "hers" -> 'f';
            default -> 0;
        };
    }

    static final Set<String> HONORIFICS = set("hafiz", "maulana", "mufti", "syed", "sayed", "allama", "qari", "haji",
            "mullah", "mawlawi", "maulvi", "sahibzada", "pir", "makhdoom", "khawaja", "khwaja", "mian", "chaudhry",
            "sardar", "nawabzada", "begum");

    /** Name particles that join name parts ({@code Anwar ul Haq}, {@code bin Salman}). */
    static final Set<String> PARTICLES = set("ul", "ur", "us", "al", "el", "e", "i", "bin", "ibn", "bint", "de", "da",
            "del", "van", "von", "der", "den", "la", "le", "du", "di", "dos", "abu", "ud");

    /** Words that head an organisation's name ({@code Foreign Office}, {@code Pakistan Ulema Council}). */
    static final Set<String> ORG_HEADS = set("office", "ministry", "council", "institute", "department", "government",
            "emirate", "commission", "committee", "board", "bank", "party", "corp", "corp.", "corporation", "inc", "inc.",
            "co", "co.", "ltd", "ltd.", "plc", "llc", "group", "association", "federation", "union", "organisation",
            "organization", "foundation", "authority", "court", "police", "forces", "company", "society", "centre",
            "center", "university", "exchange", "fund", "agency", "administration", "bureau", "congress", "parliament",
            "assembly", "senate", "army", "navy", "watch", "movement", "front", "league", "network",
            "industries", "holdings", "partners", "securities", "trust", "airlines", "airways", "systems", "motors",
            "service", "services", "reserve", "treasury", "cabinet", "secretariat", "mission", "embassy", "consulate",
            "coalition", "alliance", "tribunal", "studies", "research", "institution", "nations", "cooperative",
            "communications", "petroleum", "oil", "energy", "resources", "mining", "chemical", "chemicals", "electric",
            "technologies", "technology", "software", "computer", "development", "international", "ag", "sa", "nv",
            "bv", "gmbh", "spa", "ab", "oy", "pty", "limited", "incorporated", "laboratories", "pharmaceuticals",
            "stores", "financial", "investment", "investments", "capital", "savings", "bancorp", "bancshares",
            "insurance", "relations", "commonwealth", "republic", "kingdom", "states", "jamaat", "tehreek", "tehrik");

    /** Words that mark a news outlet ({@code Geo News}, {@code Express Tribune}). */
    static final Set<String> MEDIA_WORDS = set("news", "tv", "television", "radio", "times", "post", "tribune", "journal", "herald", "gazette", "daily", "press", "newspaper", "channel", "broadcasting", "broadcaster", "magazine", "review", "telegraph", "chronicle", "newswire", "wire", "weekly", "dispatch", "courier");

    /** Languages an outlet may have a service in ({@code BBC Urdu}). */
    static final Set<String> LANGUAGES = set("arabic", "bengali", "burmese", "chinese", "dari", "english", "farsi",
            "french", "german", "hausa", "hindi", "indonesian", "japanese", "korean", "kurdish", "pashto", "pashtu",
            "persian", "portuguese", "punjabi", "russian", "sindhi", "somali", "spanish", "swahili", "tajik", "tamil",
            "turkish", "ukrainian", "urdu", "uzbek");

    static final Set<String> ARTICLES = set("the", "a", "an");

    /** Lower-case nouns that, after a name, make it an outlet ({@code Dawn newspaper}, {@code the Ariana channel}). */
    static final Set<String> OUTLET_NOUNS = set("newspaper", "daily", "channel", "broadcaster", "magazine", "weekly",
            "tabloid", "outlet", "tv", "television", "radio", "newswire", "wire");

    /** What follows "news" when a name before it is an outlet's: {@code the Xinhua news agency}. */
    static final Set<String> NEWS_SERVICES = set("agency", "channel", "network", "service", "outlet", "website",
            "portal", "wire", "site");

    /** Countries, capitals and regions: states may speak ({@code Pakistan blamed}) but are never people. */
    static final Set<String> PLACES = set("afghanistan", "pakistan", "india", "china", "iran", "iraq", "syria",
            "russia", "ukraine", "turkey", "saudi", "arabia", "qatar", "uae", "egypt", "israel", "palestine", "jordan",
            "lebanon", "yemen", "oman", "kuwait", "bahrain", "bangladesh", "nepal", "sri", "lanka", "myanmar",
            "tajikistan", "uzbekistan", "turkmenistan", "kazakhstan", "kyrgyzstan", "japan", "korea", "taiwan",
            "vietnam", "thailand", "malaysia", "indonesia", "singapore", "philippines", "australia", "canada", "mexico",
            "brazil", "argentina", "chile", "peru", "colombia", "venezuela", "ecuador", "bolivia", "uruguay", "paraguay",
            "britain", "england", "scotland", "ireland", "france", "germany", "italy", "spain", "portugal", "netherlands",
            "belgium", "switzerland", "austria", "sweden", "norway", "denmark", "finland", "poland", "greece",
            "hungary", "romania", "bulgaria", "nigeria", "kenya", "ethiopia", "ghana", "zambia", "zimbabwe",
            "zaire", "morocco", "algeria", "tunisia", "libya", "sudan", "somalia", "us", "u.s.", "usa", "uk", "u.k.",
            "america", "europe", "asia", "africa", "washington", "london", "paris", "berlin", "moscow", "beijing",
            "tokyo", "delhi", "new", "islamabad", "kabul", "tehran", "riyadh", "doha", "dubai", "karachi", "lahore",
            "peshawar", "quetta", "rawalpindi", "kandahar", "herat", "jalalabad", "balochistan", "punjab", "sindh",
            "khyber", "pakhtunkhwa", "waziristan", "torkham", "chaman", "bonn", "brussels", "geneva", "ottawa", "canberra",
            "wellington", "zealand", "hong", "kong", "seoul", "manila", "jakarta", "bangkok", "hanoi", "dhaka", "ankara",
            "cairo", "baghdad", "damascus", "beirut", "amman", "jerusalem", "kuala", "lumpur", "brasilia", "lima",
            "santiago", "caracas", "bogota", "buenos", "aires", "nairobi", "lagos", "johannesburg", "pretoria",
            "york", "chicago", "tokyo", "frankfurt", "zurich", "sydney", "melbourne", "toronto", "montreal",
            "vancouver", "mexico", "havana", "rome", "madrid", "lisbon", "amsterdam", "stockholm", "oslo", "copenhagen",
            "helsinki", "warsaw", "athens", "vienna", "prague", "budapest", "bucharest", "sofia", "kiev", "kyiv",
            "minsk", "tashkent", "dushanbe", "ashgabat", "bishkek", "astana", "almaty", "baku", "tbilisi", "yerevan",
            "soviet", "union", "west", "east", "north", "south", "middle", "gulf", "caribbean", "latin");

    /**
     * Role nouns that refer back to a person introduced with that role ({@code the premier}), each
     * mapped to its canonical role.
     */
    static final Map<String, String> PERSON_ROLES = map(Map.ofEntries(
            Map.entry("premier", "prime minister"), Map.entry("pm", "prime minister"),
            Map.entry("prime minister", "prime minister"),
            Map.entry("spokesman", "spokesperson"), Map.entry("spokeswoman", "spokesperson"),
            Map.entry("spokesperson", "spokesperson"),
            Map.entry("minister", "minister"), Map.entry("president", "president"), Map.entry("envoy", "envoy"),
            Map.entry("ambassador", "envoy"), Map.entry("governor", "governor"), Map.entry("chairman", "chairman"),
            Map.entry("chairwoman", "chairman"), Map.entry("chief", "chief"), Map.entry("army chief", "chief"),
            Map.entry("general", "general"), Map.entry("cleric", "cleric"), Map.entry("scholar", "cleric"),
            Map.entry("representative", "representative"), Map.entry("secretary", "secretary"),
            Map.entry("director", "director"), Map.entry("official", "official"), Map.entry("executive", "executive"),
            Map.entry("analyst", "analyst"), Map.entry("economist", "economist"), Map.entry("mayor", "mayor"),
            Map.entry("leader", "leader"), Map.entry("commander", "commander"), Map.entry("senator", "senator")));

    /** Roles held by one person at a time, which a role noun can name before the person is named. */
    static final Set<String> OFFICES = set("prime minister", "spokesperson", "minister", "president", "envoy",
            "governor", "chairman", "chief", "general", "secretary", "mayor", "senator", "director");

    /** Nouns that refer back to an organisation ({@code the company said}). */
    static final Set<String> ORG_ROLES = set("company", "firm", "bank", "ministry", "department", "group", "agency",
            "institute", "council", "board", "government", "office", "organisation", "organization", "corporation",
            "union", "association", "federation", "commission", "committee", "authority", "utility", "airline",
            "carrier", "maker", "producer", "retailer", "insurer", "lender", "concern", "unit", "subsidiary", "partnership",
            "automaker", "carmaker", "steelmaker", "chipmaker", "drugmaker", "brewer", "refiner", "miner", "fund", "exchange", "think-tank", "tank", "watchdog", "regulator", "administration", "emirate", "court");

    /** Nouns for what an organisation or person issued ({@code the statement said}): they speak for their issuer. */
    static final Set<String> DOCUMENTS = set("statement", "report", "survey", "study", "data", "figures", "release",
            "document", "letter", "petition", "paper", "database", "communique", "communiqué", "filing", "notice", "announcement", "analysis");

    /** Common nouns that head a generic, unnamed source ({@code officials said}, {@code Pakistan media reported}). */
    static final Set<String> GENERIC_SOURCES = set("officials", "official", "sources", "source", "analysts",
            "analyst", "traders", "trader", "dealers", "dealers", "experts", "media", "residents", "witnesses",
            "observers", "diplomats", "economists", "bankers", "people", "police", "reports", "critics", "officers",
            "members", "leaders", "scholars", "clerics", "spokesman", "spokesperson", "spokeswoman", "industry",
            "executives", "participants", "brokers", "lawmakers", "legislators");

    /**
     * Words that are not names even when capitalised at a sentence start ({@code Meanwhile}, {@code However}),
     * nor as capitalised words in a headline-like run.
     */
    static final Set<String> COMMON = set("the", "a", "an", "in", "on", "at", "to", "for", "of", "by", "with",
            "from", "as", "and", "but", "or", "nor", "so", "yet", "if", "when", "while", "after", "before", "since",
            "until", "because", "although", "though", "despite", "during", "meanwhile", "however", "moreover",
            "furthermore", "also", "earlier", "later", "then", "now", "today", "yesterday", "this", "that", "these",
            "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your",
            "there", "here", "what", "which", "who", "whom", "whose", "where", "why", "how", "all", "some", "many",
            "most", "more", "several", "both", "each", "every", "no", "not", "such", "other", "another", "according",
            "addressing", "speaking", "asked", "asking", "stressing", "citing", "defending", "responding", "referring",
            "commenting", "regarding", "following", "under", "over", "about", "against", "between", "among", "amid",
            "around", "without", "within", "through", "into", "upon", "last", "next", "first", "second",
            "third", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "shr", "net",
            "revs", "sales", "note", "year", "qtr", "mln", "billion", "million", "avg", "shrs", "oper", "loss",
            "profit", "total", "any", "only", "even", "still", "recently", "previously", "separately", "additionally",
            "instead", "indeed", "nonetheless", "nevertheless", "thus", "hence", "therefore", "overall", "shares",
            "prices", "analysts", "officials", "sources", "traders", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "let", "do", "does", "did", "is", "are", "was", "were",
            "be", "been", "has", "have", "had", "will", "would", "can", "could", "should", "might", "must", "shall",
            "unlike", "like", "given", "based", "including", "excluding", "besides", "apart", "beyond", "toward",
            "towards", "via", "per", "plus", "minus", "whether", "either", "neither", "unless", "once", "yes", "please",
            "thank", "thanks", "dear", "terror", "terrorist", "terrorists", "terrorism", "militants", "attacks",
            "talking", "amidst", "end");

    static String canonicalRole(String words) {
        return PERSON_ROLES.get(words);
    }
}
