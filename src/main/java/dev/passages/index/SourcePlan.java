package dev.passages.index;

import dev.passages.PassagesException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Which sources one indexing run reads, and which the index records after it: one folder named on the command
 * line, or every recorded one, of which a missing folder keeps its articles (and refuses a rebuild, which could
 * not keep them); or none read and one removed.
 *
 * @param sources the sources the index records after the run
 * @param toRead  those of them whose folders the run reads
 * @param missing how many recorded folders are missing, their articles kept
 * @param dropped keys of the sources whose articles the run removes
 */
record SourcePlan(Sources sources, List<Sources.Source> toRead, int missing, List<String> dropped) {

    SourcePlan(Sources sources, List<Sources.Source> toRead, int missing) {
        this(sources, toRead, missing, List.of());
    }

    /** No folder read: the articles of the source of {@code folder} removed, and its record (the folder need not exist). */
    static SourcePlan forget(Sources recorded, Path folder, Path indexDir) {
        Sources.Source source = recorded.find(folder);
        if (source == null) {
            throw new PassagesException(PassagesException.Kind.USAGE, folder + " is not a source of the index at "
                    + indexDir + (recorded.isEmpty() ? "" : "; its sources: " + String.join(", ",
                    recorded.list().stream().map(s -> s.folder().toString()).toList())));
        }
        return new SourcePlan(recorded.without(source.key()), List.of(), 0, List.of(source.key()));
    }

    /**
     * One folder (a real path) added to the recorded sources, or kept alone by a rebuild (which says which
     * sources it drops).
     */
    static SourcePlan one(Sources recorded, Path folder, boolean rebuild, Consumer<String> warn) {
        for (Sources.Source s : rebuild || recorded.find(folder) != null ? List.<Sources.Source>of() : recorded.list()) {
            if (folder.startsWith(s.folder()) || s.folder().startsWith(folder)) {
                throw new PassagesException(PassagesException.Kind.USAGE, "corpus folder " + folder
                        + (folder.startsWith(s.folder()) ? " is inside" : " holds") + " source folder " + s.folder()
                        + " of the index, whose files it would index twice; index " + s.folder()
                        + ", or drop it first with: passages index --forget " + s.folder());
            }
        }
        Sources sources = rebuild ? recorded.only(folder) : recorded.with(folder);
        for (Sources.Source dropped : recorded.list()) {
            if (sources.byKey(dropped.key()) == null) {
                warn.accept("source " + dropped.folder() + " is no longer in the index (--rebuild with a folder"
                        + " keeps that folder alone)");
            }
        }
        return new SourcePlan(sources, List.of(sources.find(folder)), 0);
    }

    static PassagesException noneRecorded(Path indexDir) {
        return new PassagesException(PassagesException.Kind.USAGE, "index at " + indexDir
                + " records no corpus folder; name one: passages index DIR --index " + indexDir);
    }

    /** Every recorded source; none recorded is a usage error naming the index. */
    static SourcePlan all(Sources recorded, boolean rebuild, Path indexDir, Consumer<String> warn) {
        if (recorded.isEmpty()) {
            throw noneRecorded(indexDir);
        }
        List<Sources.Source> present = new ArrayList<>();
        for (Sources.Source s : recorded.list()) {
            if (Sources.present(s)) {
                present.add(s);
            } else if (rebuild) {
                throw new PassagesException(PassagesException.Kind.INPUT, "source folder " + s.folder()
                        + " is missing, and a rebuild would lose its articles; mount it, or drop it with: passages"
                        + " index --forget " + s.folder() + " --index " + indexDir);
            } else {
                warn.accept("source folder " + s.folder() + " is missing; its articles stay in the index");
            }
        }
        return new SourcePlan(recorded, present, recorded.list().size() - present.size());
    }
}
