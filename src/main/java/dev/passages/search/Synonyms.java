package dev.passages.search;

import java.util.ArrayList;
import java.util.List;

/** The curated concept synonyms (resource {@code synonyms.txt}): groups of words or phrases. */
final class Synonyms {

    private Synonyms() {
    }

    static List<List<String>> load() {
        List<List<String>> groups = new ArrayList<>();
        for (String line : WordLists.lines("synonyms.txt")) {
            List<String> group = new ArrayList<>();
            for (String member : line.split(",")) {
                if (!member.isBlank()) {
                    group.add(member.strip());
                }
            }
            groups.add(group);
        }
        return groups;
    }
}
