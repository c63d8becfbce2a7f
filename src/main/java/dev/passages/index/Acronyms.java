package dev.passages.index;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms learned from the corpus: definitions written {@code Long Form (ACR)} or
 * {@code ACR (Long Form)}, where the acronym's letters are the initials of the long form's
 * capitalised words (hyphenated parts count: Tehreek-e-Taliban Pakistan is TTP). Found per
 * paragraph at indexing, counted over the index at each commit ({@value #FILE}).
 */
public final class Acronyms {

    static final String FILE = "acronyms.tsv";
    private static final Pattern PARENTHESISED = Pattern.compile("\\(([^()]{2,80})\\)");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9&]{1,7}s?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}'’]*(?:[-‐][\\p{L}\\p{N}]+)*");
    private static final Pattern ALPHANUMERIC = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MAX_WORDS = 10;

    /** One learned acronym and its long forms, most frequent first, with how often each was defined. */
    public record Definition(String acronym, String longForm, long count) {
    }

    private final Map<String, List<Definition>> byAcronym;

    private Acronyms(List<Definition> definitions) {
        Map<String, List<Definition>> map = new LinkedHashMap<>();
        for (Definition d : definitions) {
            map.computeIfAbsent(d.acronym(), k -> new ArrayList<>()).add(d);
        }
        map.values().forEach(l -> l.sort(Comparator.comparingLong(Definition::count).reversed()
                .thenComparing(Definition::longForm)));
        this.byAcronym = map;
    }

    public static Acronyms empty() {
        return new Acronyms(List.of());
    }

    public Map<String, List<Definition>> all() {
        return byAcronym;
    }

    public List<Definition> longForms(String acronym) {
        return byAcronym.getOrDefault(acronym, List.of());
    }

    private Map<String, List<Definition>> byOpening;

    /**
     * Definitions whose long form opens with the two given name skeletons ({@link #openingOf}): how a
     * query that writes out a long form (in any spelling) finds its acronym without scanning every definition.
     */
    public synchronized List<Definition> byOpening(String twoSkeletons) {
        if (byOpening == null) {
            Map<String, List<Definition>> map = new HashMap<>();
            byAcronym.values().forEach(l -> l.forEach(d -> {
                String key = openingOf(d.longForm());
                if (key != null) {
                    map.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
                }
            }));
            byOpening = map;
        }
        return byOpening.getOrDefault(twoSkeletons, List.of());
    }

    /** The skeletons of the first two words of more than one letter ({@code t*r*k t*l*b*n}), or null. */
    public static String openingOf(String text) {
        List<String> words = skeletonWords(text);
        return words.size() < 2 ? null : words.get(0) + " " + words.get(1);
    }

    /** Skeletons of the words of more than one letter, stop words aside: the spelling-proof form of a phrase. */
    public static List<String> skeletonWords(String text) {
        List<String> out = new ArrayList<>();
        for (String word : words(text)) {
            out.add(dev.passages.attribution.Names.skeleton(word.toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    /** The words of more than one letter, stop words aside, as written: those {@link #skeletonWords} are made of. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher w = ALPHANUMERIC.matcher(text);
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT);
            if (word.length() > 1 && !org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word)) {
                out.add(w.group());
            }
        }
        return out;
    }

    /** {@code ACR\u001FLong Form} for each definition in a paragraph. */
    public static List<String> extract(String text) {
        if (text.indexOf('(') < 0) {
            return List.of(); // most paragraphs: no parenthesis, no definition (and no regex scan of the text)
        }
        List<String> out = new ArrayList<>();
        Matcher m = PARENTHESISED.matcher(text);
        while (m.find()) {
            String inside = m.group(1).strip();
            if (ACRONYM.matcher(inside).matches()) {
                String longForm = longFormBefore(text.substring(0, m.start()), stripPlural(inside));
                if (longForm != null) {
                    out.add(stripPlural(inside) + '\u001F' + longForm);
                }
            } else {
                String before = lastWord(text.substring(0, m.start()));
                if (before != null && ACRONYM.matcher(before).matches()) {
                    String longForm = longFormBefore(inside + " ", stripPlural(before));
                    if (longForm != null && longForm.equals(inside)) {
                        out.add(stripPlural(before) + '\u001F' + longForm);
                    }
                }
            }
        }
        return out;
    }

    private static String stripPlural(String acronym) {
        return acronym.length() > 2 && acronym.endsWith("s") ? acronym.substring(0, acronym.length() - 1) : acronym;
    }

    private static String lastWord(String text) {
        String[] words = text.strip().split("\\s+");
        return words.length == 0 ? null : words[words.length - 1];
    }

    /** The shortest run of words just before {@code end} whose capitalised initials spell {@code acronym}. */
    static String longFormBefore(String text, String acronym) {
        List<int[]> spans = new ArrayList<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            spans.add(new int[] {w.start(), w.end()});
        }
        String tail = text.substring(spans.isEmpty() ? 0 : spans.get(spans.size() - 1)[1]).strip();
        if (!tail.isEmpty()) {
            return null;
        }
        StringBuilder initials = new StringBuilder();
        for (int k = spans.size() - 1; k >= 0 && spans.size() - k <= MAX_WORDS; k--) {
            String word = text.substring(spans.get(k)[0], spans.get(k)[1]);
            initials.insert(0, initialsOf(word));
            if (initials.length() > acronym.length()) {
                return null;
            }
            if (initials.toString().equals(acronym.replace("&", ""))) {
                if (!Character.isUpperCase(word.charAt(0))) {
                    return null;
                }
                return text.substring(spans.get(k)[0], spans.get(spans.size() - 1)[1]);
            }
        }
        return null;
    }

    private static String initialsOf(String word) {
        StringBuilder b = new StringBuilder();
        for (String part : word.split("[-‐]")) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                b.append(part.charAt(0));
            }
        }
        return b.toString();
    }

    // ---- persistence ----

    static Acronyms build(IndexReader reader) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        for (LeafReaderContext ctx : reader.leaves()) {
            SortedSetDocValues defs = ctx.reader().getSortedSetDocValues(Schema.ACRONYM_DEF);
            if (defs == null) {
                continue;
            }
            Bits live = ctx.reader().getLiveDocs();
            for (int doc = defs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = defs.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                for (int i = 0; i < defs.docValueCount(); i++) {
                    counts.merge(defs.lookupOrd(defs.nextOrd()).utf8ToString(), 1L, Long::sum);
                }
            }
        }
        return of(counts);
    }

    /**
     * The acronyms of definitions as {@link #extract} gives them, each with the number of paragraphs that hold it;
     * in the order of the acronyms, so that the same index gives the same file and listing whatever order its
     * segments were written in.
     */
    public static Acronyms of(Map<String, Long> counts) {
        List<Definition> list = new ArrayList<>();
        new TreeMap<>(counts).forEach((k, v) -> {
            String[] f = k.split("\u001F", 2);
            list.add(new Definition(f[0], f[1], v));
        });
        return new Acronyms(list);
    }

    static void write(Directory dir, Path indexDir) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            Acronyms acronyms = build(reader);
            StringBuilder b = new StringBuilder();
            acronyms.byAcronym.values().forEach(l -> l.forEach(d ->
                    b.append(d.acronym()).append('\t').append(d.longForm().replace('\t', ' ')).append('\t')
                            .append(d.count()).append('\n')));
            CommitFile.write(indexDir, FILE, reader.getIndexCommit().getGeneration(), b);
        }
    }

    public static Acronyms load(DirectoryReader reader, Path indexDir) throws IOException {
        List<String> lines = CommitFile.read(indexDir, FILE, reader);
        if (lines != null) {
            try {
                List<Definition> list = new ArrayList<>();
                for (String line : lines) {
                    String[] f = line.split("\t");
                    list.add(new Definition(f[0], f[1], Long.parseLong(f[2])));
                }
                return new Acronyms(list);
            } catch (RuntimeException e) {
                // a damaged line: rebuild from the index
            }
        }
        return build(reader);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Acronyms(%d)", byAcronym.size());
    }
}
