package dev.passages.cli;

import dev.passages.speakers.SpeakerRegistry;
import dev.passages.backend.Backend;
import dev.passages.search.Sanitize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code passages speakers}: every speaker of the index, one entry per person or organisation. */
@Command(name = "speakers",
        description = {
            "List the speakers of the index: one entry per person, organisation or outlet, whatever the spelling,"
                + " with type, display name, the spellings seen (aliases), number of paragraphs and articles,"
                + " first and last date, and the posts articles say it holds in organisations (affiliations:"
                + " 'spokesperson of Harbour Council (3 articles)').",
        },
        footer = {
            "  passages speakers",
            "  passages speakers Kakar",
            "  passages speakers --sort name --format tsv",
        })
final class SpeakersCommand extends BaseCommand {

    enum Order { COUNT, NAME }

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "Only speakers this name refers to (as --speaker in search).")
    String name;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "count",
            description = "count (most paragraphs first, the default) or name.")
    Order sort;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "Print at most N speakers.")
    Integer limit;

    @Mixin
    FormatOption output;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = out();
        if (limit != null) {
            RequestParts.COMMAND_LINE.count("limit", limit);
        }
        List<SpeakerRegistry.Entry> entries;
        try (Backend searcher = openBackend()) {
            entries = new ArrayList<>(name == null ? searcher.speakers().all() : searcher.speakersNamed(name));
        }
        entries.sort(sort == Order.NAME
                ? Comparator.comparing((SpeakerRegistry.Entry e) -> e.name().toLowerCase(Locale.ROOT))
                : Comparator.comparingLong(SpeakerRegistry.Entry::paragraphs).reversed()
                        .thenComparing(e -> e.name().toLowerCase(Locale.ROOT)));
        int total = entries.size();
        if (limit != null && entries.size() > limit) {
            entries = entries.subList(0, limit);
        }
        Json json = new Json();
        switch (output.format) {
            case JSON -> {
                Map<String, Object> root = Json.object();
                root.put("total", total);
                root.put("speakers", entries.stream().map(SpeakersCommand::map).toList());
                out.println(json.write(root));
            }
            case JSONL -> entries.forEach(e -> out.println(json.write(map(e))));
            case TSV -> {
                out.println("key\tname\ttype\tparagraphs\tarticles\tfirst\tlast\taliases\taffiliations");
                for (SpeakerRegistry.Entry e : entries) {
                    out.println(String.join("\t", HitPrinter.tsv(e.key()), HitPrinter.tsv(e.name()), e.type().label(),
                            String.valueOf(e.paragraphs()), String.valueOf(e.articles()), str(e.first()), str(e.last()),
                            HitPrinter.tsv(String.join("; ", e.aliases())), HitPrinter.tsv(String.join("; ",
                                    e.affiliations().stream().map(SpeakersCommand::post).toList()))));
                }
            }
            case TEXT -> {
                out.printf(Locale.ROOT, "%d speaker%s%s%n", total, total == 1 ? "" : "s",
                        entries.size() < total ? " (showing " + entries.size() + ")" : "");
                for (SpeakerRegistry.Entry e : entries) {
                    out.printf(Locale.ROOT, "%n%s  (%s, %s)%n    %d paragraph%s in %d article%s, %s to %s%n",
                            Sanitize.oneLine(e.name()), Sanitize.oneLine(e.key()), e.type().label(), e.paragraphs(),
                            e.paragraphs() == 1 ? "" : "s", e.articles(), e.articles() == 1 ? "" : "s",
                            e.first() == null ? "?" : e.first(), e.last() == null ? "?" : e.last());
                    if (e.aliases().size() > 1) {
                        out.println("    aliases: " + Sanitize.oneLine(String.join("; ", e.aliases())));
                    }
                    if (!e.affiliations().isEmpty()) {
                        out.println("    affiliations: " + Sanitize.oneLine(String.join("; ",
                                e.affiliations().stream().map(SpeakersCommand::post).toList())));
                    }
                }
            }
        }
        out.flush();
        // as search does: whether any speaker answers, however few are printed
        return total == 0 ? ExitCodes.NO_HITS : ExitCodes.OK;
    }

    /** {@code spokesperson of Harbour Council (3 articles)}. */
    private static String post(SpeakerRegistry.Affiliation a) {
        return a.role() + " of " + a.organisation() + " (" + a.articles() + (a.articles() == 1 ? " article)" : " articles)");
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    static Map<String, Object> map(SpeakerRegistry.Entry e) {
        Map<String, Object> m = Json.object();
        m.put("key", e.key());
        m.put("name", e.name());
        m.put("type", e.type().label());
        m.put("aliases", e.aliases());
        m.put("paragraphs", e.paragraphs());
        m.put("articles", e.articles());
        m.put("first", e.first() == null ? null : e.first().toString());
        m.put("last", e.last() == null ? null : e.last().toString());
        m.put("affiliations", e.affiliations().stream().map(a -> JsonObjects.fields(
                "role", a.role(), "organisation", a.organisation(), "articles", a.articles())).toList());
        return m;
    }
}
