package dev.passages.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text, or says why it cannot: UTF-8 (with or without BOM) and UTF-16
 * with a BOM are read; empty, binary and otherwise mis-encoded files are refused.
 */
public final class TextDecoder {

    private static final int SNIFF = 8192;

    private TextDecoder() {
    }

    public static String decode(byte[] bytes) throws UnreadableFileException {
        if (bytes.length == 0) {
            throw new UnreadableFileException("empty file");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16");
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (looksBinary(bytes, start)) {
            throw new UnreadableFileException("binary file (not text)");
        }
        String text = strict(bytes, start, StandardCharsets.UTF_8, "UTF-8");
        if (text.isBlank()) {
            throw new UnreadableFileException("empty file (only white space)");
        }
        return text;
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

    private static String strict(byte[] bytes, int start, java.nio.charset.Charset charset, String name)
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
