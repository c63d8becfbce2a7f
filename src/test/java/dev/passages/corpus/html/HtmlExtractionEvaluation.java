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
        int titled = 0;
        int titles = 0;
        int bylines = 0;
        int bylinesRight = 0;
        int dates = 0;
        int datesRight = 0;
        List<String> misses = new ArrayList<>();
        for (Page page : pages) {
            Optional<Article> read = read(page);
            List<String> paragraphs = read.map(Article::paragraphs).orElse(List.of());
            scores.add(score(page.name(), String.join(" ", paragraphs), page.expectedText()));
            String expectedTitle = text(page.metadata().get("title"));
            if (expectedTitle != null) {
                titled++;
                String title = read.map(Article::title).orElse(null);
                if (norm(expectedTitle).equals(norm(title))) {
                    titles++;
                } else {
                    misses.add("title  " + page.name() + ": got [" + title + "] want [" + expectedTitle + "]");
                }
            }
            String expectedByline = text(page.metadata().get("byline"));
            if (expectedByline != null) {
                bylines++;
                String byline = read.map(Article::byline).orElse(null);
                if (bylineKey(expectedByline).equals(bylineKey(byline))) {
                    bylinesRight++;
                } else {
                    misses.add("byline " + page.name() + ": got [" + byline + "] want [" + expectedByline + "]");
                }
            }
            Optional<LocalDate> expectedDate = Dates.parse(text(page.metadata().get("publishedTime")));
            if (expectedDate.isPresent()) {
                dates++;
                LocalDate date = read.map(Article::date).orElse(null);
                if (expectedDate.get().equals(date)) {
                    datesRight++;
                } else {
                    misses.add("date   " + page.name() + ": got [" + date + "] want [" + expectedDate.get() + "]");
                }
            }
        }
        double precision = scores.stream().mapToDouble(Score::precision).average().orElse(0);
        double recall = scores.stream().mapToDouble(Score::recall).average().orElse(0);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double titleRate = (double) titles / titled;
        double bylineRate = bylines == 0 ? 1 : (double) bylinesRight / bylines;
        double dateRate = dates == 0 ? 1 : (double) datesRight / dates;
        double pagesPerSecond = pagesPerSecond(pages);

        System.out.printf(Locale.ROOT, "html extraction over %d pages%n", pages.size());
        System.out.printf(Locale.ROOT, "  body precision %.3f  recall %.3f  F1 %.3f (4-token shingles, means over pages)%n",
                precision, recall, f1);
        System.out.printf(Locale.ROOT, "  title exact %.3f (%d/%d)%n", titleRate, titles, titled);
        System.out.printf(Locale.ROOT, "  byline %.3f (%d/%d)  date %.3f (%d/%d)%n", bylineRate, bylinesRight, bylines,
                dateRate, datesRight, dates);
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
