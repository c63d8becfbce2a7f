package dev.passages.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcRecord;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.passages.corpus.WarcFixtures.html;
import static dev.passages.corpus.WarcFixtures.request;
import static dev.passages.corpus.WarcFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A web archive gives one article per HTML page response with a 2xx status, under an id that does not depend on its place. */
class WarcArticlesTest {

    private static final Instant MARCH_2 = WarcFixtures.CRAWLED;
    private static final Instant MARCH_3 = Instant.parse("2024-03-03T23:59:00Z");

    @TempDir
    Path dir;

    private List<WarcRecord> crawl() throws IOException {
        return List.of(
                request("https://news.example.org/flood", MARCH_2),
                html("https://news.example.org/flood", MARCH_2, "Flood waters recede",
                        "Flood waters receded on Saturday across the valley.", "Farmers returned to their fields."),
                response("https://news.example.org/chart.pdf", MARCH_2, 200, "application/pdf", new byte[] {'%', 'P', 'D', 'F'}),
                response("https://news.example.org/photo.jpg", MARCH_2, 200, "image/jpeg", new byte[] {1, 2, 3}),
                response("https://news.example.org/gone", MARCH_2, 404, "text/html", "<html><p>Not found here.</p></html>".getBytes()),
                html("https://other.example.net/bridge?id=7", MARCH_3, "Bridge reopens",
                        "The bridge over the river reopened after repairs."));
    }

    private record Read(List<Article> articles, List<String> warnings, WarcArticles.Counts counts) {
    }

    private static Read read(Path warc) throws Exception {
        List<Article> articles = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        CorpusFiles.Entry entry = new CorpusFiles.Entry(warc, "crawls/" + warc.getFileName(), CorpusFiles.kindOf(warc));
        assertThat(entry.kind()).isEqualTo(CorpusFiles.Kind.WARC);
        WarcArticles.Counts counts = ArticleReader.stream(entry, (a, w) -> articles.add(a), warnings::add).archive();
        return new Read(articles, warnings, counts);
    }

    @Test
    void twoPagesOfSixRecordsWithTheirUrlsAndCrawlDates() throws Exception {
        Read r = read(WarcFixtures.write(dir.resolve("crawl.warc"), false, crawl()));
        assertThat(r.articles()).extracting(Article::url)
                .containsExactly("https://news.example.org/flood", "https://other.example.net/bridge?id=7");
        assertThat(r.articles()).extracting(Article::date)
                .containsExactly(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 3));
        assertThat(r.articles().get(0).title()).isEqualTo("Flood waters recede");
        assertThat(r.articles().get(0).paragraphs()).contains("Farmers returned to their fields.");
        assertThat(r.articles().get(0).file()).isEqualTo("crawls/crawl.warc");
        assertThat(r.articles().get(0).id()).startsWith("crawls/crawl/news.example.org-");
        assertThat(r.articles().get(1).id()).startsWith("crawls/crawl/other.example.net-");
        assertThat(r.counts().records()).isEqualTo(6);
        assertThat(r.counts().articles()).isEqualTo(2);
        assertThat(r.counts().passedOver()).isEqualTo(4);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void idsAreStableAcrossRunsAndRecordsInsertedBeforeThem() throws Exception {
        List<String> first = ids(read(WarcFixtures.write(dir.resolve("crawl.warc"), false, crawl())));
        List<String> again = ids(read(dir.resolve("crawl.warc")));
        List<WarcRecord> more = new ArrayList<>();
        more.add(html("https://news.example.org/earlier", MARCH_2, "Earlier story", "An earlier story ran first."));
        more.add(request("https://news.example.org/earlier", MARCH_2));
        more.addAll(crawl());
        List<String> shifted = ids(read(WarcFixtures.write(dir.resolve("crawl.warc"), false, more)));
        assertThat(again).isEqualTo(first);
        assertThat(shifted).hasSize(3).containsSubsequence(first);
        assertThat(first.get(0)).isNotEqualTo(first.get(1));
    }

    private static List<String> ids(Read r) {
        return r.articles().stream().map(Article::id).toList();
    }

    @Test
    void gzippedArchivesReadAlikeUnderTheSameIds() throws Exception {
        Read plain = read(WarcFixtures.write(dir.resolve("crawl.warc"), false, crawl()));
        Path gz = WarcFixtures.write(Files.createDirectories(dir.resolve("gz")).resolve("crawl.warc.gz"), true, crawl());
        assertThat(CorpusFiles.articleId("crawls/crawl.warc.gz")).isEqualTo("crawls/crawl");
        Read zipped = read(gz);
        assertThat(ids(zipped)).isEqualTo(ids(plain));
        assertThat(zipped.articles()).extracting(Article::paragraphs).isEqualTo(
                plain.articles().stream().map(Article::paragraphs).toList());
    }

    @Test
    void aPagesDecomposedAccentsAreReadComposed() throws Exception {
        Read r = read(WarcFixtures.write(dir.resolve("crawl.warc"), false, List.of(
                html("https://news.example.org/cafe", MARCH_2, "The cafe\u0301 report",
                        "The cafe\u0301 report on the e\u0301clair came out on Saturday morning."))));
        assertThat(r.articles()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("The caf\u00e9 report");
            assertThat(a.paragraphs()).contains("The caf\u00e9 report on the \u00e9clair came out on Saturday morning.");
        });
    }

    @Test
    void aPageWithoutABodyIsOneWarningNamingItsUrl() throws Exception {
        Path warc = WarcFixtures.write(dir.resolve("crawl.warc"), false, List.of(
                response("https://news.example.org/empty", MARCH_2, 200, "text/html", "<html><title>Nothing</title></html>".getBytes()),
                html("https://news.example.org/flood", MARCH_2, "Flood", "Flood waters receded.")));
        Read r = read(warc);
        assertThat(r.articles()).hasSize(1);
        assertThat(r.warnings()).hasSize(1);
        assertThat(r.warnings().get(0)).startsWith("https://news.example.org/empty");
    }

    @Test
    void aPageWhoseEncodedBodyCannotBeDecodedIsPassedOverAndTheRecordsAfterItAreRead() throws Exception {
        for (boolean first : new boolean[] {true, false}) {
            // a record is written once: its body is read as it is written
            org.netpreserve.jwarc.HttpResponse badGzip = new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK")
                    .addHeader("Content-Encoding", "gzip")
                    .body(org.netpreserve.jwarc.MediaType.parse("text/html"), "<html><p>not gzip</p></html>".getBytes()).build();
            WarcRecord bad = new org.netpreserve.jwarc.WarcResponse.Builder("https://news.example.org/bad").date(MARCH_2)
                    .body(badGzip).build();
            List<WarcRecord> records = new ArrayList<>(List.of(
                    html("https://news.example.org/flood", MARCH_2, "Flood", "Flood waters receded on Saturday."),
                    html("https://other.example.net/bridge", MARCH_3, "Bridge", "The bridge reopened after repairs.")));
            records.add(first ? 0 : 1, bad);
            Read r = read(WarcFixtures.write(dir.resolve("bad" + first + ".warc"), false, records));
            assertThat(r.articles()).extracting(Article::url)
                    .containsExactly("https://news.example.org/flood", "https://other.example.net/bridge");
            assertThat(r.warnings()).singleElement().asString()
                    .startsWith("https://news.example.org/bad: the page's encoded body cannot be decoded (").endsWith("; passed over");
        }
    }

    @Test
    void aGarbageOrCutOffTailIsAWarningAndTheRecordsBeforeItAreKept() throws Exception {
        byte[] garbage = new byte[3000];
        new java.util.Random(7).nextBytes(garbage);
        byte[] cutRecord = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
                + "WARC-Date: 2024-03-02T10:15:30Z\r\nContent-Length: 9000\r\n\r\nHTTP/1.1 200 OK\r\ncut off here").getBytes();
        int n = 0;
        for (byte[] tail : List.of(garbage, cutRecord)) {
            for (boolean gzip : new boolean[] {false, true}) {
                Path warc = WarcFixtures.write(dir.resolve("tail" + n++ + ".warc" + (gzip ? ".gz" : "")), gzip, crawl());
                try (OutputStream out = Files.newOutputStream(warc, StandardOpenOption.APPEND)) {
                    out.write(tail);
                }
                Read r = read(warc);
                String what = (tail == garbage ? "garbage" : "cut record") + (gzip ? ", gzip" : "");
                assertThat(r.articles()).as(what).hasSize(2);
                assertThat(r.warnings()).as(what).singleElement().asString().contains("unreadable from byte")
                        .contains("the 6 records before it were read");
            }
        }
    }

    @Test
    void theWarningNamesTheByteWhereTheUnreadableRecordStarts() throws Exception {
        byte[] cutRecord = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
                + "WARC-Date: 2024-03-02T10:15:30Z\r\nContent-Length: 9000\r\n\r\nHTTP/1.1 200 OK\r\ncut off here").getBytes();
        int n = 0;
        for (byte[] tail : List.of("this is not a record\r\n\r\n".getBytes(), cutRecord)) {
            for (boolean gzip : new boolean[] {false, true}) {
                Path warc = WarcFixtures.write(dir.resolve("tail" + n++ + ".warc" + (gzip ? ".gz" : "")), gzip, crawl());
                long whole = Files.size(warc);
                try (OutputStream out = Files.newOutputStream(warc, StandardOpenOption.APPEND)) {
                    out.write(tail);
                }
                String what = (tail == cutRecord ? "cut record" : "garbage") + (gzip ? ", gzip" : "");
                assertThat(read(warc).warnings()).as(what).singleElement().asString()
                        .startsWith("unreadable from byte " + whole + " on (")
                        .endsWith("; the 6 records before it were read");
            }
        }
    }

    @Test
    void oneRecordReadBeforeTheDamageIsSaidInTheSingular() throws Exception {
        Path warc = WarcFixtures.write(dir.resolve("one.warc"), false,
                List.of(html("https://news.example.org/flood", MARCH_2, "Flood", "Flood waters receded.")));
        long whole = Files.size(warc);
        try (OutputStream out = Files.newOutputStream(warc, StandardOpenOption.APPEND)) {
            out.write("garbage garbage\r\n\r\n".getBytes());
        }
        Read r = read(warc);
        assertThat(r.articles()).hasSize(1);
        assertThat(r.warnings()).singleElement().asString().startsWith("unreadable from byte " + whole + " on (")
                .endsWith("; the 1 record before it was read");
    }

    @Test
    void aCutOffGzipArchiveKeepsItsWholeRecords() throws Exception {
        Path warc = WarcFixtures.write(dir.resolve("cut.warc.gz"), true, crawl());
        byte[] bytes = Files.readAllBytes(warc);
        Files.write(warc, java.util.Arrays.copyOf(bytes, bytes.length - 40));
        Read r = read(warc);
        assertThat(r.articles()).hasSize(1);
        assertThat(r.warnings()).singleElement().asString().contains("unreadable from byte");
    }

    @Test
    void aFileThatIsNoArchiveIsUnreadable() throws Exception {
        Path bogus = Files.writeString(dir.resolve("notes.warc"), "these are my notes, not an archive\n");
        assertThatThrownBy(() -> read(bogus)).isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("not a readable web archive");
        Path empty = Files.write(dir.resolve("empty.warc.gz"), new byte[0]);
        assertThat(read(empty).articles()).isEmpty();
        Path binary = Files.write(dir.resolve("binary.warc"), new byte[] {0, 1, 2, (byte) 0xff, 0x1f, (byte) 0x8b, 0});
        assertThatThrownBy(() -> read(binary)).isInstanceOf(UnreadableFileException.class);
    }
}
