package dev.passages.attribution;

import java.util.List;

/** What most attribution tests read off invented paragraphs, taken as one article: the names of each paragraph's speakers. */
final class SpokenNames {

    private SpokenNames() {
    }

    /** The names of each paragraph's speakers, in the order the attributor gives them. */
    static List<List<String>> names(String... paragraphs) {
        return namesBy(new Attributor(), paragraphs);
    }

    /** As {@link #names}, attributed by {@code attributor}. */
    static List<List<String>> namesBy(Attributor attributor, String... paragraphs) {
        return attributor.attribute(List.of(paragraphs)).stream()
                .map(p -> p.stream().map(a -> a.speaker().name()).toList()).toList();
    }

    /** As {@link #names}, each paragraph's names in alphabetical order. */
    static List<List<String>> sortedNames(String... paragraphs) {
        return names(paragraphs).stream().map(p -> p.stream().sorted().toList()).toList();
    }
}
