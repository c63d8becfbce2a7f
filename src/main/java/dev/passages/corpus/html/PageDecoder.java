package dev.passages.corpus.html;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a web page's bytes into text: a byte-order mark decides first, then the transport's charset, then
 * the page's own {@code <meta charset>}, {@code http-equiv} or XML declaration (unless the page is valid
 * UTF-8 beyond ASCII, which a page in another encoding never is); a page that declares nothing is read as
 * UTF-8 when it is valid UTF-8, else as Windows-1252 with a warning. Never fails: bytes a charset cannot map
 * become U+FFFD.
 */
final class PageDecoder {

    /** How far into the page a charset declaration is looked for (the head of any real page fits). */
    private static final int SNIFF = 16 * 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PageDecoder() {
    }

    static String decode(byte[] bytes, String transportCharset, Consumer<String> warn) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return lenient(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return lenient(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return lenient(bytes, 2, StandardCharsets.UTF_16LE);
        }
        Charset transport = charset(transportCharset);
        if (transport != null) {
            return lenient(bytes, 0, transport);
        }
        Charset declared = declaredInPage(bytes);
        String utf8 = strictUtf8(bytes);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            // a page converted to UTF-8 when saved often keeps its old declaration; text in another
            // encoding is as good as never valid UTF-8 once it has a byte above ASCII
            return utf8 != null && hasHighByte(bytes) ? utf8 : lenient(bytes, 0, declared);
        }
        if (utf8 != null) {
            return utf8;
        }
        if (declared != null) {
            return lenient(bytes, 0, declared);
        }
        warn.accept("not valid UTF-8 and no charset declared; read as Windows-1252");
        return lenient(bytes, 0, WINDOWS_1252);
    }

    /** The bytes as UTF-8, or null when they are not valid UTF-8. */
    private static String strictUtf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        // the decoder puts U+FFFD for each malformed sequence, so text without one was valid; with one, it may
        // also have been written in the page
        return text.indexOf('\uFFFD') < 0 || validUtf8(bytes) ? text : null;
    }

    /**
     * Whether the bytes are well-formed UTF-8 as the Unicode standard defines it (and Java's strict decoder
     * checks it): no overlong forms, no surrogates, nothing above U+10FFFF, no cut sequences.
     */
    static boolean validUtf8(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            b &= 0xFF;
            if (b >= 0xC2 && b <= 0xDF) {
                if (i + 1 >= n || !continuation(bytes[i + 1], 0x80, 0xBF)) {
                    return false;
                }
                i += 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                int low = b == 0xE0 ? 0xA0 : 0x80;
                int high = b == 0xED ? 0x9F : 0xBF;
                if (i + 2 >= n || !continuation(bytes[i + 1], low, high) || !continuation(bytes[i + 2], 0x80, 0xBF)) {
                    return false;
                }
                i += 3;
            } else if (b >= 0xF0 && b <= 0xF4) {
                int low = b == 0xF0 ? 0x90 : 0x80;
                int high = b == 0xF4 ? 0x8F : 0xBF;
                if (i + 3 >= n || !continuation(bytes[i + 1], low, high) || !continuation(bytes[i + 2], 0x80, 0xBF)
                        || !continuation(bytes[i + 3], 0x80, 0xBF)) {
                    return false;
                }
                i += 4;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean continuation(byte b, int low, int high) {
        int v = b & 0xFF;
        return v >= low && v <= high;
    }

    private static boolean hasHighByte(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /** The charset a page declares near its start, or null. */
    static Charset declaredInPage(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            Charset c = charset(xml.group(1));
            if (c != null) {
                return c;
            }
        }
        Matcher m = META_CHARSET.matcher(head);
        while (m.find()) {
            Charset c = charset(m.group(1));
            if (c != null) {
                // a page served as bytes cannot really be UTF-16 when its markup was readable as ASCII
                return c.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : c;
            }
        }
        return null;
    }

    /**
     * The charset of a label, or null when it names none Java knows. Latin-1 and ASCII labels mean Windows-1252,
     * as browsers read them: pages so labelled use its curly quotes and dashes.
     */
    static Charset charset(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String name = label.strip().toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")
                || name.equals("iso8859-1") || name.equals("iso_8859-1")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String lenient(byte[] bytes, int start, Charset charset) {
        return new String(bytes, start, bytes.length - start, charset);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
