package dev.passages.index;

import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Verifies an index: Lucene's CheckIndex over every segment, then our own invariants: each article's
 * paragraphs are numbered 1..n without gaps, every paragraph of a corpus file carries that file's
 * one content hash, article and paragraph ids are unique, and every paragraph comes from a recorded source.
 * Lists the sources with their counts.
 */
public final class IndexCheck {

    /**
     * The outcome: sound or not, one line that says so, and for a sound index one line per source with its
     * counts.
     */
    public record Result(boolean sound, String line, List<String> problems, List<String> sources) {

        Result(boolean sound, String line, List<String> problems) {
            this(sound, line, problems, List.of());
        }
    }

    /** Articles and paragraphs of one source. */
    private static final class Counts {
        long articles;
        long paragraphs;
    }

    private IndexCheck() {
    }

    public static Result run(Path indexDir) {
        if (!IndexPaths.exists(indexDir)) {
            // a first index run writing it has no commit yet
            return new Result(false, IndexLock.held(indexDir) ? busy(indexDir)
                    : IndexPaths.noIndex(indexDir), List.of());
        }
        List<String> problems = new ArrayList<>();
        try (Directory dir = FSDirectory.open(indexDir)) {
            try (CheckIndex check = new CheckIndex(dir)) {
                ByteArrayOutputStream log = new ByteArrayOutputStream();
                check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
                CheckIndex.Status status = check.checkIndex();
                if (!status.clean) {
                    problems.add("Lucene CheckIndex: " + (status.missingSegments ? "segments missing"
                            : status.numBadSegments + " of " + status.numSegments + " segments damaged"));
                }
            } catch (LockObtainFailedException e) {
                return new Result(false, busy(indexDir), List.of());
            }
            if (problems.isEmpty()) {
                try (DirectoryReader reader = DirectoryReader.open(dir)) {
                    Map<String, Counts> perSource = new TreeMap<>();
                    long[] counts = invariants(reader, problems, perSource);
                    Sources sources = Sources.parse(reader.getIndexCommit().getUserData());
                    List<String> lines = sourceLines(sources, perSource, problems);
                    if (problems.isEmpty()) {
                        return new Result(true, String.format(Locale.ROOT,
                                "index at %s is sound: %d paragraphs, %d articles, %d files, %d source%s", indexDir,
                                reader.numDocs(), counts[0], counts[1], sources.list().size(),
                                sources.list().size() == 1 ? "" : "s"), problems, lines);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")));
        }
        return new Result(false, DamagedIndex.message(indexDir, problems.get(0)
                + (problems.size() > 1 ? "; and " + (problems.size() - 1) + " more" : "")), problems);
    }

    private static String busy(Path indexDir) {
        return IndexLock.busy(indexDir, "check it when that is done", null).getMessage();
    }

    /** One line per recorded source; a line in {@code problems} for paragraphs of a source not recorded. */
    private static List<String> sourceLines(Sources sources, Map<String, Counts> perSource, List<String> problems) {
        List<String> lines = new ArrayList<>();
        for (Sources.Source s : sources.list()) {
            Counts c = perSource.getOrDefault(s.key(), new Counts());
            lines.add(String.format(Locale.ROOT, "source %s: %d articles, %d paragraphs%s%s", s.folder(), c.articles,
                    c.paragraphs, s.prefix().isEmpty() ? "" : "; ids " + s.prefix() + "/...",
                    Sources.present(s) ? "" : " (folder missing)"));
        }
        for (String key : perSource.keySet()) {
            if (sources.byKey(key) == null) {
                problems.add(perSource.get(key).paragraphs + " paragraphs come from no recorded source");
            }
        }
        return lines;
    }

    /** Returns {articles, files}; adds a line per broken invariant. */
    private static long[] invariants(DirectoryReader reader, List<String> problems, Map<String, Counts> perSource)
            throws IOException {
        Tally tally = new Tally(problems, perSource);
        for (LeafReaderContext ctx : reader.leaves()) {
            SortedSetDocValues articles = ctx.reader().getSortedSetDocValues(Schema.ARTICLE);
            SortedSetDocValues files = ctx.reader().getSortedSetDocValues(Schema.FILE);
            SortedDocValues fileHashes = ctx.reader().getSortedDocValues(Schema.FILE_HASH);
            SortedNumericDocValues numbers = ctx.reader().getSortedNumericDocValues(Schema.PARAGRAPH);
            Bits live = ctx.reader().getLiveDocs();
            // the paragraphs of an article are one block, in order (ArticleQuery relies on it): each
            // paragraph after the first follows the one before it, of the same article
            long previousArticle = -1;
            long previousNumber = -1;
            for (int doc = 0; doc < ctx.reader().maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    previousArticle = -1;
                    continue;
                }
                if (articles == null || !articles.advanceExact(doc) || numbers == null || !numbers.advanceExact(doc)
                        || files == null || !files.advanceExact(doc) || fileHashes == null || !fileHashes.advanceExact(doc)) {
                    problems.add("a paragraph lacks its article, number, file or hash");
                    return new long[] {0, 0};
                }
                long articleOrd = articles.nextOrd();
                long number = numbers.nextValue();
                String article = articles.lookupOrd(articleOrd).utf8ToString();
                if (number > 1 && (articleOrd != previousArticle || number != previousNumber + 1)) {
                    problems.add("paragraph " + number + " of article " + article + " does not follow paragraph "
                            + (number - 1) + " of its article");
                    return new long[] {0, 0};
                }
                previousArticle = articleOrd;
                previousNumber = number;
                String file = files.lookupOrd(files.nextOrd()).utf8ToString();
                tally.paragraph(article, (int) number, file, fileHashes.lookupOrd(fileHashes.ordValue()).utf8ToString());
            }
        }
        return tally.finish();
    }

    /** What the walk over every paragraph has seen: each article's paragraph numbers, each file's hash. */
    private static final class Tally {
        private final Map<String, BitSet> paragraphs = new HashMap<>();
        private final Map<String, String> hashes = new HashMap<>();
        private final Map<String, String> fileOfArticle = new HashMap<>();
        private final List<String> problems;
        private final Map<String, Counts> perSource;

        Tally(List<String> problems, Map<String, Counts> perSource) {
            this.problems = problems;
            this.perSource = perSource;
        }

        /** Counts one paragraph, and adds a line for an id seen twice or a file with two versions. */
        void paragraph(String article, int number, String file, String hash) {
            BitSet numbered = paragraphs.computeIfAbsent(article, a -> new BitSet());
            if (numbered.get(number)) {
                problems.add("paragraph id " + Schema.paragraphId(article, number) + " is not unique");
            }
            numbered.set(number);
            String otherFile = number == 1 ? fileOfArticle.putIfAbsent(article, file) : null;
            if (otherFile != null && !otherFile.equals(file)) {
                problems.add("article id " + article + " is not unique: files " + Schema.relativeOf(otherFile)
                        + " and " + Schema.relativeOf(file) + " both have it");
            }
            Counts counts = perSource.computeIfAbsent(Schema.originOf(file), k -> new Counts());
            counts.paragraphs++;
            if (number == 1) {
                counts.articles++;
            }
            String before = hashes.putIfAbsent(file, hash);
            if (before != null && !before.equals(hash)) {
                problems.add("file " + file + " has paragraphs from two versions");
            }
        }

        /** Returns {articles, files}, after a line for each article with gaps in its paragraph numbers. */
        long[] finish() {
            for (Map.Entry<String, BitSet> e : paragraphs.entrySet()) {
                BitSet numbers = e.getValue();
                if (numbers.get(0) || numbers.nextClearBit(1) != numbers.length()) {
                    problems.add("article " + e.getKey() + " has gaps in its paragraph numbers");
                }
            }
            return new long[] {paragraphs.size(), hashes.size()};
        }
    }
}
