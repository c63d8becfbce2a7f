package dev.passages.index;

import dev.passages.PassagesException;
import dev.passages.corpus.CorpusFiles;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The files of one source to index, each under a name unique within its source: two file names that are not
 * valid UTF-8 can decode to one string, and the second (in the order of their bytes) is then named with a
 * suffix {@code ~2}, with a warning, rather than taking the first one's place in the index.
 */
final class SourceFiles {

    /** One file to index: its source, what the listing found, and its name within the source. */
    record Item(Sources.Source source, CorpusFiles.Entry entry, String relative) {

        String fileKey() {
            return Schema.fileKey(source.key(), relative);
        }

        /** The file as named in messages. */
        String name() {
            return source.name(relative);
        }
    }

    private SourceFiles() {
    }

    static List<Item> list(Sources.Source source, Consumer<String> warn) {
        List<CorpusFiles.Entry> entries;
        try {
            entries = CorpusFiles.list(source.folder(), source.prefix().isEmpty() ? warn
                    : problem -> warn.accept(source.folder() + "/" + problem));
        } catch (IOException e) {
            throw new PassagesException(PassagesException.Kind.INPUT, "cannot list corpus folder " + source.folder()
                    + ": " + e.getMessage(), e);
        }
        List<Item> items = new ArrayList<>(entries.size());
        Set<String> names = new HashSet<>();
        entries.forEach(e -> names.add(e.relative()));
        // the listing is sorted by name: files of one decoded name are neighbours
        for (int from = 0; from < entries.size(); ) {
            int to = from + 1;
            while (to < entries.size() && entries.get(to).relative().equals(entries.get(from).relative())) {
                to++;
            }
            List<CorpusFiles.Entry> same = new ArrayList<>(entries.subList(from, to));
            same.sort(Comparator.comparing(CorpusFiles.Entry::path));
            int suffix = 1;
            for (int i = 0; i < same.size(); i++) {
                String relative = same.get(i).relative();
                if (i > 0) {
                    do {
                        relative = same.get(i).relative() + "~" + ++suffix;
                    } while (!names.add(relative));
                    warn.accept(source.name(same.get(i).relative()) + ": " + same.size()
                            + " files have this name once decoded (their names are not valid UTF-8); this one is indexed as "
                            + relative);
                }
                items.add(new Item(source, same.get(i), relative));
            }
            from = to;
        }
        return items;
    }
}
