package dev.passages.speakers;

import dev.passages.attribution.SpeakerType;
import dev.passages.speakers.SpeakerRegistry.Entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
     * The registry of these lines, or null when one has not the file's ten fields (or the nine of a file written
     * before affiliations). Only the raw keys are
     * read at once; an entry is parsed when asked for, and all of them when the list is wanted, so that a
     * search that only names its hits' speakers does not parse thousands of entries. Should a line turn
     * out to be damaged when parsed, every entry comes from {@code rebuild} instead.
     */
    public static SpeakerRegistry read(List<String> lines, Supplier<List<Entry>> rebuild) {
        Map<String, Integer> lineOfRawKey = new HashMap<>(lines.size() * 2);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int tab = line.lastIndexOf('\t');
            int tabs = countTabs(line);
            if (tab <= 0 || tabs != TABS && tabs != TABS_WITHOUT_AFFILIATIONS) {
                return null;
            }
            for (String key : line.substring(tab + 1).split(ALIAS_SEPARATOR)) {
                lineOfRawKey.put(key, i);
            }
        }
        return SpeakerRegistry.lazy(() -> {
            try {
                List<Entry> list = new ArrayList<>(lines.size());
                for (String line : lines) {
                    list.add(parseLine(line));
                }
                return list;
            } catch (RuntimeException damaged) {
                return rebuild.get();
            }
        }, key -> {
            Integer line = lineOfRawKey.get(key);
            return line == null ? null : parseLine(lines.get(line));
        });
    }

    private static int countTabs(String line) {
        int n = 0;
        for (int i = line.indexOf('\t'); i >= 0; i = line.indexOf('\t', i + 1)) {
            n++;
        }
        return n;
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
