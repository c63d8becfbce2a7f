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

    /** The articles of a file already read into memory (so that its hash and its content agree). */
    public static List<Article> read(CorpusFiles.Entry entry, byte[] bytes, Consumer<String> warn)
            throws UnreadableFileException {
        if (entry.kind() == CorpusFiles.Kind.UNSUPPORTED) {
            String ext = CorpusFiles.extension(entry.path());
            throw new UnreadableFileException("unsupported file type " + (ext.isEmpty() ? "(no extension)" : "." + ext)
                    + " (articles are .txt or .text files, .html, .htm or .xhtml web pages (also .html.gz or .htm.gz),"
                    + " or .json, .jsonl or .ndjson collections)");
        }
        if (entry.kind() == CorpusFiles.Kind.HTML) {
            return List.of(page(entry, bytes, warn));
        }
        String text = TextDecoder.decode(bytes, warn);
        String id = CorpusFiles.articleId(entry.relative());
        if (entry.kind() == CorpusFiles.Kind.JSON) {
            return JsonArticleParser.parse(id, entry.relative(), text, warn);
        }
        return List.of(TextArticleParser.parse(id, entry.relative(), text, warn));
    }

    /** The article of a saved web page (gzip-compressed when its name ends in {@code .gz}). */
    private static Article page(CorpusFiles.Entry entry, byte[] bytes, Consumer<String> warn)
            throws UnreadableFileException {
        byte[] page = CorpusFiles.isCompressedPage(entry.relative()) ? Gunzip.bytes(bytes) : bytes;
        if (page.length == 0) {
            throw new UnreadableFileException("empty file");
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
