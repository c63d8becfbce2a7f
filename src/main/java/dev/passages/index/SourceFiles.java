package dev.passages.index;

import dev.passages.PassagesException;
import dev.passages.corpus.CorpusFiles;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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

    /** The files of one source to index, and what the walk of its folder found besides. */
    record Listed(List<Item> items, CorpusFiles.Listing listing) {
    }

    /**
     * What a run reads: the files of its sources in order, the indexed files gone from them ({@link Schema#FILE}
     * keys), and how many folders and links were skipped (unreadable, or leading out of their source).
     */
    record Run(List<Item> items, Set<String> gone, int skipped) {
    }

    /**
     * Lists the folders of {@code sources}. A file indexed from a folder or link that cannot be read now is not
     * gone: it stays as it was indexed, and the warning says so.
     */
    static Run read(List<Sources.Source> sources, IndexedFiles indexed, boolean followOutside, Consumer<String> warn) {
        List<Item> items = new ArrayList<>();
        Set<String> gone = new TreeSet<>();
        int skipped = 0;
        for (Sources.Source source : sources) {
            Listed listed = list(source, followOutside, warn);
            items.addAll(listed.items());
            Set<String> known = indexed.filesOf(source.key());
            CorpusFiles.Listing listing = listed.listing();
            skipped += listing.outsideLinks().size() + listing.unreadable().size();
            String where = source.prefix().isEmpty() ? "" : source.folder() + "/";
            listing.unreadable().forEach(u -> warn.accept(where + unreadableWarning(u, known)));
            known.stream().filter(file -> !listing.unreadableCovers(Schema.relativeOf(file))).forEach(gone::add);
            listed.items().forEach(item -> gone.remove(item.fileKey()));
        }
        return new Run(items, gone, skipped);
    }

    /** The warning for a folder or link that could not be read: what it cost, which is nothing already indexed. */
    private static String unreadableWarning(CorpusFiles.Unreadable unreadable, Set<String> indexedFiles) {
        long kept = indexedFiles.stream().map(Schema::relativeOf).filter(unreadable::covers).count();
        return unreadable.shownName() + ": cannot be read (" + unreadable.why() + "); " + (kept == 0 ? "skipped"
                : "its " + kept + " indexed file" + (kept == 1 ? " stays" : "s stay") + " in the index");
    }

    private SourceFiles() {
    }

    /**
     * @param followOutside whether links whose target lies outside the source folder are followed
     */
    static Listed list(Sources.Source source, boolean followOutside, Consumer<String> warn) {
        CorpusFiles.Listing listing;
        try {
            listing = CorpusFiles.scan(source.folder(), followOutside, source.prefix().isEmpty() ? warn
                    : problem -> warn.accept(source.folder() + "/" + problem));
        } catch (IOException e) {
            throw new PassagesException(PassagesException.Kind.INPUT, "cannot list corpus folder " + source.folder()
                    + ": " + IndexFailure.reason(e), e);
        }
        List<CorpusFiles.Entry> entries = listing.entries();
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
        return new Listed(items, listing);
    }
}
