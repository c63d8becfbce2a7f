package dev.passages.search;

import dev.passages.attribution.Affiliation;

import java.time.LocalDate;
import java.util.List;

/**
 * One ranked passage: where it comes from (its article's title, source, URL, byline and date), its text, the spans of the text that matched the query
 * (character offsets, end exclusive), its score (null when sorted by date), and in a semantic or hybrid search which
 * side found it ({@code bm25}, {@code semantic} or {@code both}; null otherwise).
 */
public record Hit(int rank, String id, String article, int paragraph, String title, String source, String url,
                  String byline, LocalDate date, Float score, String text, List<Span> highlights, List<SpeakerRef> speakers,
                  List<Copy> copies, String foundBy) {

    public Hit(int rank, String id, String article, int paragraph, String title, String source, String url,
               String byline, LocalDate date, Float score, String text, List<Span> highlights, List<SpeakerRef> speakers,
               List<Copy> copies) {
        this(rank, id, article, paragraph, title, source, url, byline, date, score, text, highlights, speakers, copies, null);
    }

    public Hit {
        highlights = List.copyOf(highlights);
        speakers = List.copyOf(speakers);
        copies = List.copyOf(copies);
    }

    /** The same hit with the near-duplicate reports folded into it. */
    public Hit withCopies(List<Copy> more) {
        return new Hit(rank, id, article, paragraph, title, source, url, byline, date, score, text, highlights, speakers, more,
                foundBy);
    }

    /** The same hit with its matched spans. */
    public Hit withHighlights(List<Span> spans) {
        return new Hit(rank, id, article, paragraph, title, source, url, byline, date, score, text, spans, speakers, copies,
                foundBy);
    }

    /** The same hit, saying which side of a semantic or hybrid search found it. */
    public Hit withFoundBy(String side) {
        return new Hit(rank, id, article, paragraph, title, source, url, byline, date, score, text, highlights, speakers,
                copies, side);
    }

    /** A near-duplicate of the hit from another report: where it was also published. */
    public record Copy(String id, String article, String source, LocalDate date) {
    }

    /**
     * A speaker of the passage: its corpus-wide key and display name, its type, the cue and the
     * words that triggered the attribution, and the posts in organisations its article gives it.
     */
    public record SpeakerRef(String key, String name, String type, String cue, String trigger,
                             List<Affiliation> affiliations) {

        public SpeakerRef {
            affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
        }

        /** A speaker of whom its article states no post. */
        public SpeakerRef(String key, String name, String type, String cue, String trigger) {
            this(key, name, type, cue, trigger, List.of());
        }
    }

    /** A matched span of the text: {@code [start, end)}. */
    public record Span(int start, int end) {
    }
}
