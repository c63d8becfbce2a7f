package dev.passages.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The curated concept synonyms (resource {@code synonyms.txt}): groups of words or phrases. */
final class Synonyms {

    private Synonyms() {
    }

    static List<List<String>> load() {
        List<List<String>> groups = new ArrayList<>();
        try (InputStream in = Synonyms.class.getResourceAsStream("synonyms.txt")) {
            if (in == null) {
                return groups;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> group = new ArrayList<>();
                for (String member : line.split(",")) {
                    if (!member.isBlank()) {
                        group.add(member.strip());
                    }
                }
                groups.add(group);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("synonyms.txt ships in the jar", e);
        }
        return groups;
    }
}
