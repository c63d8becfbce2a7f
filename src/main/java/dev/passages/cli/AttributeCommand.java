package dev.passages.cli;

import dev.passages.attribution.Attribution;
import dev.passages.attribution.Attributor;
import dev.passages.corpus.Article;
import dev.passages.corpus.CorpusFiles;
import dev.passages.search.Sanitize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code passages attribute}: who speaks in each paragraph of some files, without indexing them. */
@Command(name = "attribute",
        description = {
            "Show who speaks in each paragraph of the given article files (" + CorpusFiles.FORMATS + "), or of every"
                + " article file in the given folders, without indexing:"
                + " paragraph number, speakers (name, key, type, the cue and the words that triggered it) and text.",
            "Keys here are the article's own; the index merges them across articles (see: passages speakers).",
        },
        footer = {
            "  passages attribute corpus/000_13c3e290747b6afd.txt",
            "  passages attribute corpus/ --format jsonl > speakers.jsonl",
        })
final class AttributeCommand extends Subcommand {

    @Mixin
    MessageOptions messages;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files, or folders of them, to attribute.")
    List<Path> files;

    /** The formats of attribute's output: a paragraph at a time, so no single JSON document and no TSV. */
    enum Format { TEXT, JSONL }

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or jsonl (one object per paragraph).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        Attributor attributor = new Attributor();
        Json json = new Json();
        // each article is attributed and printed as it is read
        InputFiles.Listed listed = InputFiles.list(files, w -> messages.warn(err, w));
        int skipped = listed.problems() + InputFiles.read(listed.entries(),
                (file, article, warnings) -> print(out, json, file, article, attributor.attribute(article)),
                (file, counts) -> { }, w -> messages.warn(err, w));
        out.flush();
        return skipped > 0 ? ExitCodes.SKIPPED : ExitCodes.OK;
    }

    private void print(PrintWriter out, Json json, Path file, Article article, List<List<Attribution>> speakers) {
        if (format == Format.TEXT) {
            out.println("== " + Sanitize.oneLine(file.toString()) + " (" + Sanitize.oneLine(article.id()) + ")" + (article.date() == null ? "" : " " + article.date()));
        }
        for (int i = 0; i < article.paragraphs().size(); i++) {
            if (format == Format.JSONL) {
                out.println(json.write(paragraph(article, i + 1, speakers.get(i))));
                continue;
            }
            out.println();
            out.println("¶" + (i + 1) + "  " + (speakers.get(i).isEmpty() ? "(no speaker)" : String.join("; ",
                    speakers.get(i).stream().map(a -> Sanitize.oneLine(a.speaker().name()) + " [" + Sanitize.oneLine(a.speaker().key())
                            + ", " + a.speaker().type().label() + posts(a) + "] " + Sanitize.oneLine(a.cue()) + ": \"" + Sanitize.oneLine(a.trigger())
                            + "\"").toList())));
            out.println("    " + Sanitize.oneLine(article.paragraphs().get(i)));
        }
        if (format == Format.TEXT) {
            out.println();
        }
        out.flush();
    }

    /** {@code , spokesperson of Harbour Council}: the posts the article gives a speaker, or nothing. */
    private static String posts(Attribution a) {
        StringBuilder b = new StringBuilder();
        for (dev.passages.attribution.Affiliation p : a.speaker().affiliations()) {
            b.append(", ").append(Sanitize.oneLine(p.role())).append(" of ").append(Sanitize.oneLine(p.organisation()));
        }
        return b.toString();
    }

    private static Map<String, Object> paragraph(Article article, int number, List<Attribution> speakers) {
        Map<String, Object> m = Json.object();
        m.put("article", article.id());
        m.put("paragraph", number);
        m.put("date", Json.isoDate(article.date()));
        m.put("speakers", speakers.stream().map(a -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("key", a.speaker().key());
            s.put("name", a.speaker().name());
            s.put("type", a.speaker().type().label());
            s.put("aliases", a.speaker().aliases());
            s.put("cue", a.cue());
            s.put("trigger", a.trigger());
            s.put("affiliations", Json.affiliations(a.speaker().affiliations()));
            return s;
        }).toList());
        m.put("text", article.paragraphs().get(number - 1));
        return m;
    }
}
