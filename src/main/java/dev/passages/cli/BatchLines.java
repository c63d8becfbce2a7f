package dev.passages.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a batch input, read as bytes with a bound: a line of at most {@link #MAX_LINE_BYTES}
 * bytes, decoded as UTF-8, is a query; a longer one, or one that is not UTF-8, is a line with a problem
 * (the rest of a long line is skipped unread, so that no line has to fit in memory); a NUL byte means the
 * input is not text at all, and ends it. Lines end at a line feed, a carriage return or both; a UTF-8 byte order mark
 * that opens the input is dropped.
 */
final class BatchLines {

    /** The longest line read as a query; a query is at most a few thousand characters. */
    static final int MAX_LINE_BYTES = 1 << 20;

    /** One line: its number (from 1), and its text, or the problem that stands in its place. */
    record Line(int number, String text, String problem) {
    }

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private boolean ended;
    private boolean skipping;
    private boolean afterCarriageReturn;
    private int number;
    private byte[] line = new byte[256];

    BatchLines(InputStream in) {
        this.in = in;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        if (skipping && !skipRestOfLine()) {
            return null;
        }
        int length = 0;
        boolean started = false;
        while (true) {
            int b = read();
            if (b < 0) {
                if (!started) {
                    return null;
                }
                break;
            }
            if (b == '\n' && afterCarriageReturn) {
                afterCarriageReturn = false;
                continue; // the second half of a CR LF
            }
            afterCarriageReturn = false;
            if (!started) {
                started = true;
                number++;
            }
            if (b == '\n') {
                break;
            }
            if (b == '\r') {
                afterCarriageReturn = true;
                break;
            }
            if (b == 0) {
                ended = true;
                return new Line(number, null, "line " + number + ": a NUL byte: the input is not text; nothing after it was read");
            }
            if (length == MAX_LINE_BYTES) {
                skipping = true;
                return new Line(number, null, "line " + number + ": longer than " + MAX_LINE_BYTES / (1024 * 1024)
                        + " MB; skipped");
            }
            if (length == line.length) {
                line = java.util.Arrays.copyOf(line, Math.min(MAX_LINE_BYTES, line.length * 2));
            }
            line[length++] = (byte) b;
        }
        // a byte order mark opening the input (as editors on Windows save UTF-8) is no part of the first query
        int from = number == 1 && length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
                && (line[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line, from, length - from)).toString();
            return new Line(number, text, null);
        } catch (CharacterCodingException e) {
            return new Line(number, null, "line " + number + ": not UTF-8 text (the batch input must be UTF-8); skipped");
        }
    }

    /** Reads to the end of a line too long to keep; false when the input ended first or turned out not to be text. */
    private boolean skipRestOfLine() throws IOException {
        skipping = false;
        while (true) {
            if (ended || (position == limit && !fill())) {
                return false;
            }
            for (; position < limit; position++) {
                byte b = buffer[position];
                if (b == 0) {
                    ended = true;
                    return false;
                }
                if (b == '\n' || b == '\r') {
                    afterCarriageReturn = b == '\r';
                    position++;
                    return true;
                }
            }
        }
    }

    private int read() throws IOException {
        if (ended || (position == limit && !fill())) {
            return -1;
        }
        return buffer[position++] & 0xFF;
    }

    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            ended = true;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
