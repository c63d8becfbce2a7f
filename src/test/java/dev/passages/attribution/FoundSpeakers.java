package dev.passages.attribution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the attributor found in an invented article: each paragraph's speakers by name, and the posts of each speaker. */
record FoundSpeakers(List<List<String>> names, Map<String, List<Affiliation>> posts) {

    /** Attributes {@code paragraphs} as one article; a speaker named in several paragraphs keeps its first posts. */
    static FoundSpeakers in(List<String> paragraphs) {
        List<List<Attribution>> found = new Attributor().attribute(paragraphs);
        Map<String, List<Affiliation>> posts = new LinkedHashMap<>();
        found.stream().flatMap(List::stream).forEach(a -> posts.putIfAbsent(a.speaker().name(), a.speaker().affiliations()));
        return new FoundSpeakers(found.stream().map(p -> p.stream().map(a -> a.speaker().name()).toList()).toList(), posts);
    }
}
