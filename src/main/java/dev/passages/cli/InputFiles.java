package dev.passages.cli;

import dev.passages.PassagesException;
import dev.passages.corpus.CorpusFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The article files a command line names: each file as named, and the article files of each folder as
 * {@code index} lists them (hidden files and the folder's documentation passed over, links out of it skipped).
 */
final class InputFiles {

    /** The files to read, and how many problems the walks of the folders reported (each on the warning line). */
    record Listed(List<CorpusFiles.Entry> entries, int problems) {
    }

    private InputFiles() {
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
                throw new PassagesException(PassagesException.Kind.INPUT, path + ": no such file or folder");
            }
        }
        return new Listed(entries, problems[0]);
    }
}
