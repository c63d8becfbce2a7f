package dev.passages.cli;

import dev.passages.corpus.Article;
import dev.passages.corpus.CorpusFiles;
import dev.passages.search.Sanitize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code passages parse}: what passages reads from some files, article by article, without an index. */
@Command(name = "parse",
        description = {
            "Print what passages reads from the given files, or from every article file in the given folders (walked"
                + " as index walks them): one entry per article with its file, id, title, date, source, url, byline,"
                + " paragraphs and the warnings it had. Reads " + CorpusFiles.FORMATS
                + " (each HTML page response of a web archive is an article); opens no index.",
            "Articles are printed as they are read, so a web archive of any size is shown a page at a time. Ids are"
                + " the file's own (an index puts a source's prefix before them when it has one). Warnings go to stderr"
                + " too; a warning about a web archive as a whole (a damaged end, a page without an article) is on"
                + " stderr alone. The exit code is 3 when a file was skipped or anything was warned about.",
        },
        footer = {
            "  passages parse corpus/000_13c3e290747b6afd.txt",
            "  passages parse crawl.warc.gz --format jsonl > pages.jsonl",
            "  passages parse corpus/ --format json",
        })
final class ParseCommand extends Subcommand {

    @Mixin
    MessageOptions messages;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Article files, web archives, or folders of them.")
    List<Path> paths;

    /** The formats of parse's output. */
    enum Format { TEXT, JSON, JSONL }

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default: a block per article, its paragraphs numbered), json (one array of article"
                + " objects, written as they are read) or jsonl (one article object per line).")
    Format format;

    /** Made when first written with: building a JSON mapper is some 50 ms a help or version call need not pay. */
    private Json json;
    private int printed;
    private int warned;

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        InputFiles.Listed listed = InputFiles.list(paths, w -> warn(err, w));
        if (format == Format.JSON) {
            out.print("[");
        }
        int skipped = listed.problems() + InputFiles.read(listed.entries(),
                (file, article, warnings) -> print(out, file, article, warnings), (file, counts) -> {
                    if (counts != null && messages.debug) {
                        err.println("passages: " + Sanitize.oneLine(file + ": " + counts.line()));
                        err.flush();
                    }
                }, w -> warn(err, w));
        if (format == Format.JSON) {
            out.println(printed == 0 ? "]" : "\n]");
        }
        out.flush();
        return skipped > 0 || warned > 0 ? ExitCodes.SKIPPED : ExitCodes.OK;
    }

    private void print(PrintWriter out, Path file, Article article, List<String> warnings) {
        switch (format) {
            case JSON -> out.print((printed == 0 ? "\n" : ",\n") + json().write(object(file, article, warnings)));
            case JSONL -> out.println(json().write(object(file, article, warnings)));
            case TEXT -> printText(out, file, article, warnings);
        }
        printed++;
        out.flush();
    }

    /** The JSON object of one article: {@code #/$defs/parsedArticle} in the schema. */
    static Map<String, Object> object(Path file, Article article, List<String> warnings) {
        Map<String, Object> m = Json.object();
        m.put("file", file.toString());
        m.put("id", article.id());
        m.put("title", article.title());
        m.put("date", Json.isoDate(article.date()));
        Json.putOrigin(m, article.source(), article.url(), article.byline());
        m.put("paragraphs", article.paragraphs());
        m.put("warnings", warnings);
        return m;
    }

    private void printText(PrintWriter out, Path file, Article article, List<String> warnings) {
        if (printed > 0) {
            out.println();
        }
        out.println("== " + Sanitize.oneLine(file.toString()));
        out.println("id:       " + Sanitize.oneLine(article.id()));
        out.println("title:    " + Sanitize.oneLine(article.title()));
        out.println("date:     " + (article.date() == null ? "(none)" : article.date().toString()));
        out.println("source:   " + (article.source() == null ? "(none)" : Sanitize.oneLine(article.source())));
        out.println("url:      " + (article.url() == null ? "(none)" : Sanitize.oneLine(article.url())));
        out.println("byline:   " + (article.byline() == null ? "(none)" : Sanitize.oneLine(article.byline())));
        for (String w : warnings) {
            out.println("warning:  " + Sanitize.oneLine(w));
        }
        out.println();
        List<String> ps = article.paragraphs();
        int width = String.valueOf(ps.size()).length();
        for (int i = 0; i < ps.size(); i++) {
            out.println(String.format(Locale.ROOT, "%" + width + "d. ", i + 1) + Sanitize.oneLine(ps.get(i)));
        }
    }

    private void warn(PrintWriter err, String message) {
        warned++;
        messages.warn(err, message);
    }

    private Json json() {
        if (json == null) {
            json = new Json();
        }
        return json;
    }
}
