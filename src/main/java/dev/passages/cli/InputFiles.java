package dev.passages.cli;

import dev.passages.PassagesException;
import dev.passages.corpus.Article;
import dev.passages.corpus.ArticleReader;
import dev.passages.corpus.CorpusFiles;
import dev.passages.corpus.UnreadableFileException;
import dev.passages.corpus.WarcArticles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The article files a command line names: each file as named, and the article files of each folder as
 * {@code index} lists them (hidden files and the folder's documentation passed over, links out of it skipped);
 * and their articles, read a file at a time.
 */
final class InputFiles {

    /** The files to read, and how many problems the walks of the folders reported (each on the warning line). */
    record Listed(List<CorpusFiles.Entry> entries, int problems) {
    }

    /** Takes each article as it is read, with the file it came from and what reading it warned of. */
    interface ArticleSink {
        void accept(Path file, Article article, List<String> warnings) throws IOException;
    }

    private InputFiles() {
    }

    /**
     * Reads the articles of each of {@code entries} into {@code sink} as they are read (a web archive a page at a
     * time), and what each web archive held into {@code counted}. A warning, or a file that cannot be read and is
     * skipped, is one line on {@code warn} that names the file. Returns how many files were skipped, and records of
     * files skipped as unreadable (a JSON Lines file's malformed lines).
     */
    static int read(List<CorpusFiles.Entry> entries, ArticleSink sink, BiConsumer<Path, WarcArticles.Counts> counted,
                    Consumer<String> warn) {
        int skipped = 0;
        for (CorpusFiles.Entry entry : entries) {
            Path file = entry.path();
            try {
                ArticleReader.Streamed read = ArticleReader.stream(entry,
                        (article, warnings) -> sink.accept(file, article, warnings), w -> warn.accept(file + ": " + w));
                counted.accept(file, read.archive());
                skipped += read.recordsSkipped();
            } catch (UnreadableFileException e) {
                warn.accept(file + ": skipped: " + e.getMessage());
                skipped++;
            } catch (IOException e) {
                warn.accept(file + ": skipped: cannot read: " + e.getMessage());
                skipped++;
            }
        }
        return skipped;
    }

    /**
     * A file named is read by its kind, and as text when its name says no kind; a path that does not exist is
     * an input error naming it.
     */
    static Listed list(List<Path> paths, Consumer<String> warn) {
        List<CorpusFiles.Entry> entries = new ArrayList<>();
        int[] problems = {0};
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try {
                    entries.addAll(CorpusFiles.list(path, problem -> {
                        problems[0]++;
                        warn.accept(path + ": " + problem);
                    }));
                } catch (IOException e) {
                    throw new PassagesException(PassagesException.Kind.INPUT,
                            path + ": cannot list the folder (" + e.getMessage() + ")", e);
                }
            } else if (Files.isRegularFile(path)) {
                Path parent = path.toAbsolutePath().getParent();
                String relative = parent.relativize(path.toAbsolutePath()).toString();
                CorpusFiles.Kind kind = CorpusFiles.kindOf(path);
                entries.add(new CorpusFiles.Entry(path, relative, kind == CorpusFiles.Kind.UNSUPPORTED
                        ? CorpusFiles.Kind.TEXT : kind));
            } else {
                throw new PassagesException(PassagesException.Kind.INPUT, path + (Files.exists(path)
                        ? ": not a file or folder (a device, pipe or socket is not read)" : ": no such file or folder"));
            }
        }
        return new Listed(entries, problems[0]);
    }
}
