package dev.passages.corpus;

import dev.passages.corpus.html.HtmlArticles;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the web pages of a web archive ({@code .warc}, {@code .warc.gz}) one record at a time: every
 * {@code response} record of an HTML page with a 2xx status is one article, under the archive's id and a key
 * made from its URL. Other records are counted and passed over. Only the record being read is in memory.
 */
public final class WarcArticles {

    /** The payload types read as web pages. */
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    /** A page larger than this is passed over with a warning rather than read into memory. */
    static final int MAX_PAGE_BYTES = 32 << 20;
    /** Hex digits of the URL's digest in an article key: collisions among a billion URLs stay unlikely. */
    private static final int KEY_HEX = 16;

    private WarcArticles() {
    }

    /** Receives each article as it is read, with the warnings its page gave. */
    public interface Sink {
        void accept(Article article, List<String> warnings) throws IOException;
    }

    /**
     * What a read found: records in all, HTML page responses among them, articles read from those, and the
     * records passed over (requests, metadata, other payload types, statuses other than 2xx).
     */
    public record Counts(long records, long pages, long articles, long passedOver) {

        /** One line for {@code --debug}. */
        public String line() {
            return String.format(Locale.ROOT, "%d records: %d HTML pages, %d articles read; %d other records passed over",
                    records, pages, articles, passedOver);
        }
    }

    /**
     * Reads the archive at {@code path}, handing each article to {@code sink} as soon as it is read. A page
     * without an article body, a page too large, and a damaged or cut-off end each give one line on
     * {@code warn} (naming the page's URL, or where the archive stops being readable), and the read goes on or
     * ends with what it had.
     *
     * @param fileId the archive's id (its path relative to the corpus root, without extension): the first part
     *               of every article id
     * @throws UnreadableFileException when not even one record can be read: no web archive
     */
    public static Counts read(String fileId, String file, Path path, Sink sink, Consumer<String> warn)
            throws UnreadableFileException, IOException {
        long records = 0;
        long pages = 0;
        long articles = 0;
        long passedOver = 0;
        try (FileChannel channel = open(path); WarcReader reader = reader(channel)) {
            while (true) {
                WarcRecord record;
                try {
                    Optional<WarcRecord> next = reader.next();
                    if (next.isEmpty()) {
                        break;
                    }
                    record = next.get();
                } catch (IOException | RuntimeException e) {
                    // the reader has moved past the records it read, to where the one it cannot read starts
                    damaged(records, reader.position(), e, warn);
                    break;
                }
                long at = reader.position(); // where this record starts
                records++;
                Page page;
                try {
                    page = page(record);
                    cutOff(record, channel);
                    if (page == null) {
                        passedOver++;
                        continue;
                    }
                } catch (IOException | RuntimeException e) {
                    damaged(records - 1, at, e, warn);
                    break;
                }
                pages++;
                if (page.undecodable != null) {
                    warn.accept(page.url + ": the page's encoded body cannot be decoded (" + page.undecodable + "); passed over");
                    continue;
                }
                if (page.bytes == null) {
                    warn.accept(page.url + ": page larger than " + (MAX_PAGE_BYTES >> 20) + " MB; passed over");
                    continue;
                }
                List<String> warnings = new ArrayList<>();
                Optional<Article> article;
                try {
                    article = HtmlArticles.read(fileId + "/" + key(page.url, record), file, page.bytes, page.charset,
                            page.url, page.date, warnings::add);
                } catch (RuntimeException e) {
                    warn.accept(page.url + ": page could not be read (" + e + "); passed over");
                    continue;
                }
                if (article.isPresent()) {
                    articles++;
                    sink.accept(article.get(), warnings);
                } else {
                    warn.accept(page.url + ": " + (warnings.isEmpty() ? "no article found in the page"
                            : String.join("; ", warnings)));
                }
            }
        }
        return new Counts(records, pages, articles, passedOver);
    }

    /**
     * An HTML page as a response record holds it; {@code bytes} null when it is too large to read, or when its body
     * could not be decoded ({@code undecodable}: why).
     */
    private record Page(String url, byte[] bytes, String charset, LocalDate date, String undecodable) {
    }

    /** The page of a response record with an HTML payload and a 2xx status; null for any other record. */
    private static Page page(WarcRecord record) throws IOException {
        if (!(record instanceof WarcResponse response)) {
            return null;
        }
        String target = response.headers().first("WARC-Target-URI").orElse(null);
        if (target == null || !(target.startsWith("http:") || target.startsWith("https:")
                || target.startsWith("<http"))) {
            return null; // dns:, whois: and other responses carry no HTTP message
        }
        HttpResponse http;
        try {
            http = response.http();
        } catch (org.netpreserve.jwarc.ParsingException e) {
            return null; // not an HTTP response after all
        }
        if (http.status() < 200 || http.status() > 299) {
            return null;
        }
        MediaType type = http.headers().first("Content-Type").map(MediaType::parseLeniently).orElse(null);
        if (type == null || !HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT))) {
            return null;
        }
        String charset = type.parameters().get("charset");
        LocalDate date = response.date() == null ? null : LocalDate.ofInstant(response.date(), ZoneOffset.UTC);
        String url = response.target();
        try (InputStream body = http.bodyDecoded().stream()) {
            byte[] bytes = body.readNBytes(MAX_PAGE_BYTES + 1);
            return new Page(url, bytes.length > MAX_PAGE_BYTES ? null : bytes, charset, date, null);
        } catch (IOException e) {
            if (http.headers().first("Content-Encoding").isEmpty()) {
                throw e; // nothing to decode: the archive itself cannot be read here
            }
            // its Content-Encoding cannot be undone (a body that says gzip and is not): this page is lost, not the
            // records after it; an archive that ends inside this record is found so when the rest of it is read
            return new Page(url, null, charset, date, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** Reads the rest of a record's block; a block shorter than its declared length is the archive's cut-off end. */
    private static void cutOff(WarcRecord record, FileChannel channel) throws IOException {
        record.body().consume();
        // skipping the rest of a block moves the file's position by its declared length, past the end of a cut-off one
        if (channel.position() > channel.size()) {
            throw new java.io.EOFException("the last record is cut off: it declares "
                    + (channel.position() - channel.size()) + " bytes more than the file holds");
        }
    }

    /**
     * Says where an archive stops being readable: {@code at}, the byte where the record that cannot be read
     * starts, after {@code read} records; an archive of which not one record could be read is no archive.
     */
    private static void damaged(long read, long at, Exception e, Consumer<String> warn) throws UnreadableFileException {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (read == 0) {
            throw new UnreadableFileException("not a readable web archive (" + why + ")");
        }
        warn.accept("unreadable from byte " + at + " on (" + why + "); the " + read
                + (read == 1 ? " record before it was read" : " records before it were read"));
    }

    private static WarcReader reader(FileChannel channel) throws UnreadableFileException {
        try {
            return new WarcReader(channel);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("not a readable web archive (" + e.getMessage() + ")");
        }
    }

    private static FileChannel open(Path path) throws UnreadableFileException {
        try {
            return FileChannel.open(path);
        } catch (AccessDeniedException e) {
            throw new UnreadableFileException("permission denied");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("not a readable web archive (" + e.getMessage() + ")");
        }
    }

    /**
     * The stable key of a page within its archive: the URL's host and a digest of the whole URL (of the record's
     * id when it has no URL), so that it does not depend on where in the archive the record lies.
     */
    static String key(String url, WarcRecord record) {
        if (url == null || url.isBlank()) {
            return "record-" + digest(String.valueOf(record.id()));
        }
        String host = host(url);
        return (host.isEmpty() ? "page" : host) + "-" + digest(url);
    }

    /** The URL's host, lower case, of letters, digits, dots and hyphens only; empty when there is none. */
    private static String host(String url) {
        String rest = url.replaceFirst("^<?[A-Za-z][A-Za-z0-9+.-]*://", "");
        int end = 0;
        while (end < rest.length() && "/?#:@>".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        StringBuilder b = new StringBuilder();
        for (char c : rest.substring(0, end).toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String digest(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, KEY_HEX);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
