package dev.passages.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
                    + " (articles are .txt or .text files, or .json, .jsonl or .ndjson collections)");
        }
        String text = TextDecoder.decode(bytes, warn);
        String id = CorpusFiles.articleId(entry.relative());
        if (entry.kind() == CorpusFiles.Kind.JSON) {
            return JsonArticleParser.parse(id, entry.relative(), text, warn);
        }
        return List.of(TextArticleParser.parse(id, entry.relative(), text, warn));
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
