package dev.passages.corpus;

import dev.passages.corpus.html.HtmlArticles;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads the articles of one corpus file, choosing the parser by the file's kind. */
public final class ArticleReader {

    private ArticleReader() {
    }

    /** Receives each article of a file as it is read, with the warnings that concern it alone. */
    public interface Sink {
        void accept(Article article, List<String> warnings) throws IOException;
    }

    /**
     * The articles of a file already read into memory (so that its hash and its content agree), their text in
     * NFC ({@link ComposedText}), with the number of its records skipped as unreadable; not for web archives,
     * which are read a record at a time ({@link #stream}).
     */
    public static FileArticles read(CorpusFiles.Entry entry, byte[] bytes, Consumer<String> warn)
            throws UnreadableFileException {
        FileArticles parsed = parse(entry, bytes, warn);
        return new FileArticles(parsed.articles().stream().map(ComposedText::article).toList(), parsed.recordsSkipped());
    }

    /** The articles of a file by its kind, as its parser gives them. */
    private static FileArticles parse(CorpusFiles.Entry entry, byte[] bytes, Consumer<String> warn)
            throws UnreadableFileException {
        if (entry.kind() == CorpusFiles.Kind.UNSUPPORTED) {
            throw new UnreadableFileException(CorpusFiles.unsupportedReason(entry.path()));
        }
        if (entry.kind() == CorpusFiles.Kind.WARC) {
            throw new IllegalArgumentException("a web archive is read a record at a time");
        }
        if (entry.kind() == CorpusFiles.Kind.HTML) {
            return FileArticles.whole(List.of(page(entry, bytes, warn)));
        }
        String id = CorpusFiles.articleId(entry.relative());
        String text = TextDecoder.decode(bytes, warn);
        if (entry.kind() == CorpusFiles.Kind.JSON) {
            return CorpusFiles.JSON_LINES.contains(CorpusFiles.extension(entry.path()))
                    ? JsonArticleParser.parseLines(id, entry.relative(), text, warn)
                    : FileArticles.whole(JsonArticleParser.parse(id, entry.relative(), text, warn));
        }
        return FileArticles.whole(List.of(TextArticleParser.parse(id, entry.relative(), text, warn)));
    }

    /** The article of a saved web page (gzip-compressed when its name ends in {@code .gz}). */
    private static Article page(CorpusFiles.Entry entry, byte[] bytes, Consumer<String> warn)
            throws UnreadableFileException {
        byte[] page = CorpusFiles.isCompressedPage(entry.relative()) ? Gunzip.bytes(bytes) : bytes;
        if (page.length == 0) {
            throw new UnreadableFileException("empty file");
        }
        if (TextDecoder.looksBinary(page)) {
            throw new UnreadableFileException("binary file (not a web page)");
        }
        List<String> warnings = new ArrayList<>();
        Optional<Article> article = HtmlArticles.read(CorpusFiles.articleId(entry.relative()), entry.relative(), page,
                null, null, null, warnings::add);
        if (article.isEmpty()) {
            // the last warning says why there is no article: it becomes the reason the file is skipped
            warnings.subList(0, Math.max(0, warnings.size() - 1)).forEach(warn);
            throw new UnreadableFileException(warnings.isEmpty() ? "no article body found" : warnings.get(warnings.size() - 1));
        }
        warnings.forEach(warn);
        return article.get();
    }

    /**
     * Reads the articles of a file one after another into {@code sink}, their text in NFC: a web archive a
     * record at a time (only the record being read is in memory), any other file whole. Every warning goes to
     * {@code warn}; those that concern one article (its page's, or a collection's record's) go with it to
     * {@code sink} too, and those of the whole file (its encoding, say) with each of its articles, except in a
     * web archive, whose articles are handed on before the end of the file is known.
     *
     * @return what a web archive held, or how many records of another file were skipped as unreadable
     */
    public static Streamed stream(CorpusFiles.Entry entry, Sink sink, Consumer<String> warn)
            throws UnreadableFileException, IOException {
        if (entry.kind() == CorpusFiles.Kind.WARC) {
            return new Streamed(WarcArticles.read(CorpusFiles.articleId(entry.relative()), entry.relative(), entry.path(),
                    (article, warnings) -> {
                        String page = article.url() != null ? article.url() : article.id();
                        warnings.forEach(w -> warn.accept(page + ": " + w));
                        sink.accept(ComposedText.article(article), warnings);
                    }, warn), 0);
        }
        List<String> all = new ArrayList<>();
        FileArticles read = read(entry, bytes(entry.path()), w -> {
            all.add(w);
            warn.accept(w);
        });
        List<Article> articles = read.articles();
        // a warning naming an article first ("<id>: ...") is that article's, without the name; others are the file's
        java.util.Map<String, List<String>> own = new java.util.HashMap<>();
        articles.forEach(a -> own.put(a.id(), new ArrayList<>()));
        List<String> file = new ArrayList<>();
        for (String w : all) {
            List<String> to = null;
            int colon = -1;
            while (to == null && (colon = w.indexOf(": ", colon + 1)) > 0) {
                to = own.get(w.substring(0, colon));
            }
            if (to != null) {
                to.add(w.substring(colon + 2));
            } else {
                file.add(w);
            }
        }
        for (Article article : articles) {
            List<String> warnings = new ArrayList<>(file);
            warnings.addAll(own.get(article.id()));
            sink.accept(article, warnings);
        }
        return new Streamed(null, read.recordsSkipped());
    }

    /**
     * What {@link #stream} read: a web archive's counts ({@code null} for other files), and how many records of a
     * collection were skipped as unreadable (a JSON Lines file's malformed lines).
     */
    public record Streamed(WarcArticles.Counts archive, int recordsSkipped) {
    }

    /** The bytes of a file, or the reason they cannot be had. */
    public static byte[] bytes(Path file) throws UnreadableFileException {
        try {
            return Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new UnreadableFileException("permission denied");
        } catch (OutOfMemoryError e) {
            throw new UnreadableFileException("too large to read");
        } catch (IOException e) {
            throw new UnreadableFileException("cannot read: " + CorpusFiles.describe(e));
        }
    }
}
