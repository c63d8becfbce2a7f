package dev.passages.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

import java.util.ArrayList;
import java.util.List;

/**
 * Reports the highlighter's matches as character spans rather than marked-up text, so that each
 * output format marks them its own way. Spans travel as {@code "start-end start-end"}.
 */
final class SpanFormatter extends PassageFormatter {

    @Override
    public Object format(Passage[] passages, String content) {
        StringBuilder b = new StringBuilder();
        int lastEnd = -1;
        for (Passage p : passages) {
            for (int i = 0; i < p.getNumMatches(); i++) {
                int start = p.getMatchStarts()[i];
                int end = p.getMatchEnds()[i];
                if (start < lastEnd) {
                    start = lastEnd;
                }
                if (end <= start) {
                    continue;
                }
                b.append(start).append('-').append(end).append(' ');
                lastEnd = end;
            }
        }
        return b.toString().strip();
    }

    static List<Hit.Span> decode(String encoded) {
        List<Hit.Span> spans = new ArrayList<>();
        if (encoded == null || encoded.isBlank()) {
            return spans;
        }
        for (String part : encoded.split(" ")) {
            int dash = part.indexOf('-');
            spans.add(new Hit.Span(Integer.parseInt(part.substring(0, dash)), Integer.parseInt(part.substring(dash + 1))));
        }
        return spans;
    }
}
