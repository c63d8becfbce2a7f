package dev.passages.corpus;

import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

/** Builds web archives for tests with jwarc's writer: HTML pages and other records. */
public final class WarcFixtures {

    /** When the tests' archives were crawled: the date their pages get when they carry none of their own. */
    public static final Instant CRAWLED = Instant.parse("2024-03-02T10:15:30Z");

    private WarcFixtures() {
    }

    /** Writes {@code records} to {@code file}, each record gzipped when {@code gzip}. */
    public static Path write(Path file, boolean gzip, List<WarcRecord> records) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter writer = new WarcWriter(channel, gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            for (WarcRecord r : records) {
                writer.write(r);
            }
        }
        return file;
    }

    /** A simple HTML page: a title and one {@code <p>} per paragraph. */
    public static String page(String title, String... paragraphs) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(title).append("</title></head><body><h1>").append(title).append("</h1>");
        for (String p : paragraphs) {
            b.append("<p>").append(p).append("</p>\n");
        }
        return b.append("</body></html>").toString();
    }

    /** A 200 response with an HTML page. */
    public static WarcResponse html(String url, Instant date, String title, String... paragraphs) throws IOException {
        return response(url, date, 200, "text/html; charset=utf-8", page(title, paragraphs).getBytes(StandardCharsets.UTF_8));
    }

    public static WarcResponse response(String url, Instant date, int status, String contentType, byte[] body)
            throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(contentType), body).build();
        return new WarcResponse.Builder(url).date(date).body(http).build();
    }

    public static WarcRequest request(String url, Instant date) throws IOException {
        return new WarcRequest.Builder(url).date(date).body(new HttpRequest.Builder("GET", url).build()).build();
    }
}
