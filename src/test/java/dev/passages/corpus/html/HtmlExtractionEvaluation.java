package dev.passages.corpus.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passages.corpus.Article;
import dev.passages.corpus.Dates;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Body, title, byline and date extraction measured on the readability test pages (each page's
 * expected.html is the body Readability.js extracts): body F1 of 4-token shingles, title exact-match rate,
 * byline and date accuracy, and pages per second on one thread. Prints the table and the worst pages.
 */
class HtmlExtractionEvaluation {

    private static final Path PAGES = Path.of("..", "shared", "data", "readability-test-pages");
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]|[\\p{L}\\p{N}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]+");
    private static final int SHINGLE = 4;

    /** Floors a little below the measured figures (docs/web-pages.md), so that a regression fails. */
    private static final double BODY_F1_FLOOR = 0.97;
    private static final double TITLE_FLOOR = 0.95;
    private static final double BYLINE_FLOOR = 0.85;
    private static final double DATE_FLOOR = 0.95;

    private record Page(String name, byte[] source, String expectedText, JsonNode metadata) {
    }

    private record Score(String name, double precision, double recall) {
        double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    @Test
    void extractionMeetsItsFloors() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(PAGES), "readability test pages not present at " + PAGES);
        List<Page> pages = load();
        List<Score> scores = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        Tally title = new Tally("title", misses);
        Tally byline = new Tally("byline", misses);
        Tally date = new Tally("date", misses);
        for (Page page : pages) {
            Optional<Article> read = read(page);
            List<String> paragraphs = read.map(Article::paragraphs).orElse(List.of());
            scores.add(score(page.name(), String.join(" ", paragraphs), page.expectedText()));
            title.check(page.name(), text(page.metadata().get("title")), read.map(Article::title).orElse(null),
                    (want, got) -> norm(want).equals(norm(got)));
            byline.check(page.name(), text(page.metadata().get("byline")), read.map(Article::byline).orElse(null),
                    (want, got) -> bylineKey(want).equals(bylineKey(got)));
            date.check(page.name(), Dates.parse(text(page.metadata().get("publishedTime"))).orElse(null),
                    read.map(Article::date).orElse(null), LocalDate::equals);
        }
        double precision = scores.stream().mapToDouble(Score::precision).average().orElse(0);
        double recall = scores.stream().mapToDouble(Score::recall).average().orElse(0);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double titleRate = (double) title.right / title.asked;
        double bylineRate = byline.rate();
        double dateRate = date.rate();
        double pagesPerSecond = pagesPerSecond(pages);

        System.out.printf(Locale.ROOT, "html extraction over %d pages%n", pages.size());
        System.out.printf(Locale.ROOT, "  body precision %.3f  recall %.3f  F1 %.3f (4-token shingles, means over pages)%n",
                precision, recall, f1);
        System.out.printf(Locale.ROOT, "  title exact %.3f (%d/%d)%n", titleRate, title.right, title.asked);
        System.out.printf(Locale.ROOT, "  byline %.3f (%d/%d)  date %.3f (%d/%d)%n", bylineRate, byline.right, byline.asked,
                dateRate, date.right, date.asked);
        System.out.printf(Locale.ROOT, "  speed %.0f pages per CPU-second on one thread%n", pagesPerSecond);
        scores.stream().sorted(Comparator.comparingDouble(Score::f1)).limit(12).forEach(s ->
                System.out.printf(Locale.ROOT, "  worst body %-40s P %.3f R %.3f%n", s.name(), s.precision(), s.recall()));
        System.out.println("  (title over pages whose metadata has one; byline without case or a leading By/Par/Von/Por)");
        misses.forEach(m -> System.out.println("  " + m));

        assertThat(f1).as("body F1").isGreaterThanOrEqualTo(BODY_F1_FLOOR);
        assertThat(titleRate).as("title exact-match rate").isGreaterThanOrEqualTo(TITLE_FLOOR);
        assertThat(bylineRate).as("byline accuracy").isGreaterThanOrEqualTo(BYLINE_FLOOR);
        assertThat(dateRate).as("date accuracy").isGreaterThanOrEqualTo(DATE_FLOOR);
    }

    /** How often one metadata field was read right, over the pages whose metadata gives it; each miss is added to a list. */
    private static final class Tally {
        private final String field;
        private final List<String> misses;
        int asked;
        int right;

        Tally(String field, List<String> misses) {
            this.field = field;
            this.misses = misses;
        }

        /** Counts page {@code page}'s value {@code got} against {@code want} (null: the metadata gives none). */
        <T> void check(String page, T want, T got, BiPredicate<T, T> same) {
            if (want == null) {
                return;
            }
            asked++;
            if (same.test(want, got)) {
                right++;
            } else {
                misses.add(String.format(Locale.ROOT, "%-7s", field) + page + ": got [" + got + "] want [" + want + "]");
            }
        }

        /** The share read right; 1 when no page's metadata gives the field. */
        double rate() {
            return asked == 0 ? 1 : (double) right / asked;
        }
    }

    private static Optional<Article> read(Page page) {
        return HtmlArticles.read(page.name(), page.name() + "/source.html", page.source(), null, null, null, w -> { });
    }

    /**
     * Pages per second of this thread's CPU time (so that other work on the machine does not count), the
     * best of three passes over the set after three passes to warm the JIT.
     */
    private static double pagesPerSecond(List<Page> pages) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int pass = 0; pass < 3; pass++) {
            pages.forEach(HtmlExtractionEvaluation::read);
        }
        long best = Long.MAX_VALUE;
        for (int pass = 0; pass < 3; pass++) {
            long start = cpu.getCurrentThreadCpuTime();
            pages.forEach(HtmlExtractionEvaluation::read);
            best = Math.min(best, cpu.getCurrentThreadCpuTime() - start);
        }
        return pages.size() / (best / 1e9);
    }

    private static List<Page> load() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(PAGES)) {
            for (Path dir : dirs.sorted().toList()) {
                Path source = dir.resolve("source.html");
                Path expected = dir.resolve("expected.html");
                Path metadata = dir.resolve("expected-metadata.json");
                if (Files.isRegularFile(source) && Files.isRegularFile(expected) && Files.isRegularFile(metadata)) {
                    pages.add(new Page(dir.getFileName().toString(), Files.readAllBytes(source),
                            Jsoup.parse(Files.readString(expected)).text(), json.readTree(metadata.toFile())));
                }
            }
        }
        return pages;
    }

    private static Score score(String name, String got, String want) {
        Set<String> mine = shingles(got);
        Set<String> theirs = shingles(want);
        Set<String> both = new HashSet<>(mine);
        both.retainAll(theirs);
        double precision = mine.isEmpty() ? (theirs.isEmpty() ? 1 : 0) : (double) both.size() / mine.size();
        double recall = theirs.isEmpty() ? 1 : (double) both.size() / theirs.size();
        return new Score(name, precision, recall);
    }

    private static Set<String> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            tokens.add(m.group());
        }
        Set<String> out = new HashSet<>();
        if (!tokens.isEmpty() && tokens.size() < SHINGLE) {
            out.add(String.join(" ", tokens));
        }
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            out.add(String.join(" ", tokens.subList(i, i + SHINGLE)));
        }
        return out;
    }

    private static String text(JsonNode node) {
        return node == null || !node.isTextual() || node.asText().isBlank() ? null : node.asText();
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().replaceAll("(?U)\\s+", " ");
    }

    /** A byline compared without case, a leading "By" or trailing punctuation. */
    private static String bylineKey(String s) {
        return norm(s).toLowerCase(Locale.ROOT).replaceFirst("^(by|par|von|por)[\\s:]+", "").replaceAll("[\\s,.;:|]+$", "");
    }
}
