package dev.passages.corpus;

import org.apache.commons.io.ByteOrderMark;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Turns a file's bytes into text, or says why it cannot: UTF-8 (with or without BOM) and UTF-16 or
 * UTF-32 with a BOM (Commons IO's marks) are read; text that is not valid UTF-8 is read as Windows-1252
 * (the usual encoding of older Western files, of which Latin-1 is nearly a subset), with a warning;
 * empty and binary files are refused.
 */
public final class TextDecoder {

    private static final int SNIFF = 8192;
    /** The fallback for text that is not UTF-8; its five unassigned bytes are read as the C1 controls Latin-1 has there. */
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** The text of {@code bytes}, refusing what is not valid UTF-8 or UTF-16/32 with a BOM. */
    public static String decode(byte[] bytes) throws UnreadableFileException {
        return decode(bytes, null);
    }

    /**
     * The text of {@code bytes}; with {@code warn}, text that is not valid UTF-8 is read as Windows-1252
     * and {@code warn} told so, without it such text is refused.
     */
    public static String decode(byte[] bytes, Consumer<String> warn) throws UnreadableFileException {
        if (bytes.length == 0) {
            throw new UnreadableFileException("empty file");
        }
        ByteOrderMark bom = byteOrderMark(bytes);
        if (bom != null && !bom.equals(ByteOrderMark.UTF_8)) {
            String text = strict(bytes, bom.length(), Charset.forName(bom.getCharsetName()), bom.getCharsetName());
            if (text.isBlank()) {
                throw new UnreadableFileException("empty file (only white space)");
            }
            return text;
        }
        int start = bom == null ? 0 : bom.length();
        if (looksBinary(bytes, start)) {
            throw new UnreadableFileException("binary file (not text)");
        }
        String text;
        try {
            text = strict(bytes, start, StandardCharsets.UTF_8, "UTF-8");
        } catch (UnreadableFileException notUtf8) {
            if (warn == null) {
                throw notUtf8;
            }
            text = windows1252(bytes, start);
            warn.accept(notUtf8.getMessage() + "; read as Windows-1252");
        }
        if (text.isBlank()) {
            throw new UnreadableFileException("empty file (only white space)");
        }
        return text;
    }

    /** The byte-order mark the file starts with (UTF-32 before UTF-16: their marks share a prefix), or null. */
    private static ByteOrderMark byteOrderMark(byte[] bytes) {
        for (ByteOrderMark bom : new ByteOrderMark[] {ByteOrderMark.UTF_32BE, ByteOrderMark.UTF_32LE,
                ByteOrderMark.UTF_8, ByteOrderMark.UTF_16BE, ByteOrderMark.UTF_16LE}) {
            if (bytes.length >= bom.length()) {
                boolean match = true;
                for (int i = 0; i < bom.length() && match; i++) {
                    match = (bytes[i] & 0xFF) == bom.get(i);
                }
                if (match) {
                    return bom;
                }
            }
        }
        return null;
    }

    /**
     * Whether {@code bytes} are no text at all, whatever they claim to be (an executable or a PDF saved as
     * {@code .html}): not text in UTF-16 or UTF-32 by its byte-order mark, and a NUL byte or many control bytes
     * among the first, or a PDF's opening.
     */
    public static boolean looksBinary(byte[] bytes) {
        ByteOrderMark bom = byteOrderMark(bytes);
        if (bom != null && !bom.equals(ByteOrderMark.UTF_8)) {
            return false;
        }
        int start = bom == null ? 0 : bom.length();
        return looksBinary(bytes, start) || startsWith(bytes, start, "%PDF-");
    }

    private static boolean startsWith(byte[] bytes, int start, String ascii) {
        if (bytes.length - start < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (bytes[start + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksBinary(byte[] bytes, int start) {
        int end = Math.min(bytes.length, start + SNIFF);
        int control = 0;
        for (int i = start; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return control * 10 > end - start;
    }

    private static String windows1252(byte[] bytes, int start) {
        StringBuilder b = new StringBuilder(bytes.length - start);
        String mapped = new String(bytes, start, bytes.length - start, WINDOWS_1252);
        // Java maps 0x81, 0x8D, 0x8F, 0x90 and 0x9D to U+FFFD; Latin-1 reads them as C1 controls, which
        // paragraph tidying then removes like any other control character
        int i = start;
        for (int k = 0; k < mapped.length(); k++, i++) {
            char c = mapped.charAt(k);
            b.append(c == '\uFFFD' ? (char) (bytes[i] & 0xFF) : c);
        }
        return b.toString();
    }

    private static String strict(byte[] bytes, int start, Charset charset, String name)
            throws UnreadableFileException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            throw new UnreadableFileException("not valid " + name + " (bad byte sequence at offset " + in.position() + ")");
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("not valid " + name);
        }
    }
}
