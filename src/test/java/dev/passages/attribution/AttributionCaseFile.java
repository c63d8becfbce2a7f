package dev.passages.attribution;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the attribution case files under {@code src/test/resources/dev/passages/attribution/cases} (format: its README.md). */
final class AttributionCaseFile {

    static final String FOLDER = "/dev/passages/attribution/cases";

    private AttributionCaseFile() {
    }

    /** Every case of every {@code .txt} file of the folder, in file and line order. */
    static List<AttributionCase> all() throws IOException, URISyntaxException {
        Path folder = Path.of(AttributionCaseFile.class.getResource(FOLDER).toURI());
        List<AttributionCase> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.addAll(parse(f.getFileName().toString(), Files.readAllLines(f, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    /** The cases of one file; a line that is none of the file's keys, or a case that checks nothing, is an error. */
    static List<AttributionCase> parse(String file, List<String> lines) {
        List<AttributionCase> out = new ArrayList<>();
        String kind = null;
        Builder open = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(": ");
            if (colon < 0 && line.endsWith(":")) {
                colon = line.length() - 1;
            }
            String where = file + ":" + (i + 1);
            if (colon < 0) {
                throw new IllegalArgumentException(where + ": no 'key: value' line: " + line);
            }
            String key = line.substring(0, colon);
            String value = line.substring(Math.min(line.length(), colon + 2));
            if (key.equals("kind")) {
                kind = value;
            } else if (key.equals("case")) {
                if (kind == null) {
                    throw new IllegalArgumentException(where + ": a case before the file's 'kind:' line");
                }
                close(open, out);
                open = new Builder(file, i + 1, kind, value);
            } else if (open == null) {
                throw new IllegalArgumentException(where + ": '" + key + "' outside a case");
            } else {
                open.add(where, key, value);
            }
        }
        close(open, out);
        return out;
    }

    private static void close(Builder open, List<AttributionCase> out) {
        if (open != null) {
            out.add(open.build());
        }
    }

    /** The lines of one case, read so far. */
    private static final class Builder {
        private final String file;
        private final int line;
        private final String kind;
        private final String name;
        private final List<String> paragraphs = new ArrayList<>();
        private final List<CaseCheck> checks = new ArrayList<>();

        Builder(String file, int line, String kind, String name) {
            this.file = file;
            this.line = line;
            this.kind = kind;
            this.name = name;
        }

        void add(String where, String key, String value) {
            if (key.equals("text")) {
                paragraphs.add(value);
                return;
            }
            CaseCheck check = CaseCheck.parse(key, value);
            if (check == null) {
                throw new IllegalArgumentException(where + ": unknown key '" + key + "'");
            }
            checks.add(check);
        }

        AttributionCase build() {
            String where = file + ":" + line;
            if (paragraphs.isEmpty() || checks.isEmpty()) {
                throw new IllegalArgumentException(where + ": a case needs at least one 'text:' and one 'speakers' line");
            }
            for (CaseCheck c : checks) {
                if (c instanceof SpeakerCheck s && s.paragraph() > paragraphs.size()) {
                    throw new IllegalArgumentException(where + ": checks paragraph " + s.paragraph() + " of " + paragraphs.size());
                }
            }
            return new AttributionCase(file, line, kind, name, List.copyOf(paragraphs), List.copyOf(checks));
        }
    }
}
