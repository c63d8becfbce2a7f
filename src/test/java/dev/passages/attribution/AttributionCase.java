package dev.passages.attribution;

import java.util.List;

/** An invented article from a case file, the kind of error it pins, and what its speakers and their posts must be. */
record AttributionCase(String file, int line, String kind, String name, List<String> paragraphs, List<CaseCheck> checks) {

    /** The checks as the case file writes them, a line each. */
    String expected() {
        return String.join("\n", checks.stream().map(CaseCheck::expected).toList());
    }

    /** The checks against what the attributor found, a line each, equal to {@link #expected} when all hold. */
    String found(FoundSpeakers found) {
        return String.join("\n", checks.stream().map(c -> c.found(found)).toList());
    }

    /** The article's paragraphs, numbered as the checks number them. */
    String article() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            out.append("\n  ").append(i + 1).append(": ").append(paragraphs.get(i));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return file + ":" + line + " " + kind + ": " + name;
    }
}
