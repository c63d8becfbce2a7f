package dev.passages.speakers;

import dev.passages.attribution.SpeakerType;
import dev.passages.speakers.SpeakerRegistry.Entry;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The registry as text, one tab-separated line an entry: key, name, type, paragraphs, articles, first date,
 * last date, aliases, affiliations (each role, organisation and articles joined by U+001D) and raw keys (the
 * lists joined by U+001E). Tabs, line breaks, U+001E and U+001D inside a name become spaces. A line without
 * the affiliations field (a file written before it existed) is read as an entry without them. Plain text, so
 * that reading it at the start of a search costs no JSON machinery.
 */
public final class SpeakerFile {

    /** The file's name beside the index. */
    public static final String NAME = "speakers.tsv";
    private static final String ALIAS_SEPARATOR = "\u001E";
    private static final String POST_SEPARATOR = "\u001D";
    private static final int TABS = 9;
    /** The tabs of a line written before the affiliations field existed. */
    private static final int TABS_WITHOUT_AFFILIATIONS = 8;

    private SpeakerFile() {
    }

    /** The lines of the registry's entries, each ending in a line break. */
    public static String format(List<Entry> entries) {
        StringBuilder b = new StringBuilder();
        for (Entry e : entries) {
            b.append(clean(e.key())).append('\t').append(clean(e.name())).append('\t').append(e.type().label())
                    .append('\t').append(e.paragraphs()).append('\t').append(e.articles())
                    .append('\t').append(e.first() == null ? "" : e.first().toString())
                    .append('\t').append(e.last() == null ? "" : e.last().toString())
                    .append('\t').append(joined(e.aliases()))
                    .append('\t').append(String.join(ALIAS_SEPARATOR, e.affiliations().stream()
                            .map(a -> clean(a.role()) + POST_SEPARATOR + clean(a.organisation()) + POST_SEPARATOR + a.articles())
                            .toList()))
                    .append('\t').append(joined(e.rawKeys()))
                    .append('\n');
        }
        return b.toString();
    }

    private static String joined(List<String> names) {
        return String.join(ALIAS_SEPARATOR, names.stream().map(SpeakerFile::clean).toList());
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace(ALIAS_SEPARATOR, " ").replace(POST_SEPARATOR, " ");
    }

    /**
     * The registry of the lines of {@code data} from {@code from} on (UTF-8, each ending in a line break), or null
     * when one has not the file's ten fields (or the nine of a file written before affiliations). Only the raw
     * keys are decoded at once; an entry is parsed when asked for, and all of them when the list is wanted, so
     * that a search that only names its hits' speakers decodes neither the names nor the lists of thousands of
     * entries. (A tab, a line break or a separator is one byte in UTF-8 and never part of another character,
     * so the lines and fields are found in the bytes.) Should a line turn out to be damaged when parsed, every
     * entry comes from {@code rebuild} instead.
     */
    public static SpeakerRegistry read(byte[] data, int from, Supplier<List<Entry>> rebuild) {
        int[] starts = new int[1024];
        int lines = 0;
        Map<String, Integer> lineOfRawKey = new HashMap<>();
        for (int start = from; start < data.length; ) {
            int end = start;
            int tabs = 0;
            int lastTab = -1;
            for (; end < data.length && data[end] != '\n'; end++) {
                if (data[end] == '\t') {
                    tabs++;
                    lastTab = end;
                }
            }
            if (lastTab <= start || tabs != TABS && tabs != TABS_WITHOUT_AFFILIATIONS) {
                return null;
            }
            for (int key = lastTab + 1, sep; key <= end; key = sep + 1) {
                for (sep = key; sep < end && data[sep] != ALIAS_SEPARATOR.charAt(0); sep++) {
                    // to the next separator or the line's end
                }
                lineOfRawKey.put(new String(data, key, sep - key, StandardCharsets.UTF_8), lines);
            }
            if (lines + 1 >= starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
            starts[lines++] = start;
            starts[lines] = end + 1;
            start = end + 1;
        }
        int[] bounds = starts;
        int count = lines;
        IntFunction<String> line = i -> new String(data, bounds[i], Math.min(bounds[i + 1] - 1, data.length) - bounds[i],
                StandardCharsets.UTF_8);
        return SpeakerRegistry.lazy(() -> {
            try {
                List<Entry> list = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    list.add(parseLine(line.apply(i)));
                }
                return list;
            } catch (RuntimeException damaged) {
                return rebuild.get();
            }
        }, key -> {
            Integer i = lineOfRawKey.get(key);
            return i == null ? null : parseLine(line.apply(i));
        });
    }

    private static Entry parseLine(String line) {
        String[] f = line.split("\t", -1);
        List<SpeakerRegistry.Affiliation> posts = new ArrayList<>();
        if (f.length > TABS) {
            for (String post : f[8].isEmpty() ? new String[0] : f[8].split(ALIAS_SEPARATOR)) {
                String[] p = post.split(POST_SEPARATOR, -1);
                posts.add(new SpeakerRegistry.Affiliation(p[0], p[1], Long.parseLong(p[2])));
            }
        }
        return new Entry(f[0], f[1], SpeakerType.parse(f[2]), List.of(f[7].split(ALIAS_SEPARATOR)),
                List.of(f[f.length - 1].split(ALIAS_SEPARATOR)), Long.parseLong(f[3]), Long.parseLong(f[4]),
                f[5].isEmpty() ? null : LocalDate.parse(f[5]), f[6].isEmpty() ? null : LocalDate.parse(f[6]), posts);
    }
}
