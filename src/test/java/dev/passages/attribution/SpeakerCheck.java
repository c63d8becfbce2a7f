package dev.passages.attribution;

import java.util.List;
import java.util.Locale;

/** A line {@code speakers N ...: A | B} of an attribution case: what the speakers of paragraph N must be. */
record SpeakerCheck(int paragraph, Form form, List<String> names) implements CaseCheck {

    /** How the listed names must stand among the paragraph's speakers. */
    enum Form {
        /** exactly these, in this order ({@code speakers 2: A | B}; {@code none} for no speaker) */
        EXACT(""),
        /** exactly these, in any order */
        ANY_ORDER(" in any order"),
        /** these among others */
        INCLUDE(" include"),
        /** none of these */
        EXCLUDE(" exclude");

        private final String word;

        Form(String word) {
            this.word = word;
        }
    }

    @Override
    public String expected() {
        return line(names);
    }

    @Override
    public String found(FoundSpeakers found) {
        List<String> speakers = found.names().get(paragraph - 1);
        boolean holds = switch (form) {
            case EXACT -> speakers.equals(names);
            case ANY_ORDER -> speakers.stream().sorted().toList().equals(names.stream().sorted().toList());
            case INCLUDE -> speakers.containsAll(names);
            case EXCLUDE -> speakers.stream().noneMatch(names::contains);
        };
        return holds ? expected() : line(speakers) + "    <- found, which fails this check";
    }

    private String line(List<String> shown) {
        String list = shown.isEmpty() ? "none" : String.join(" | ", shown);
        return String.format(Locale.ROOT, "speakers %d%s: %s", paragraph, form.word, list);
    }

    /** Reads a check line's key ({@code speakers 2 include}) and value; null if the key is no check. */
    static SpeakerCheck parse(String key, String value) {
        String[] words = key.split(" ", 3);
        if (words.length < 2 || !words[0].equals("speakers") || !words[1].matches("[1-9][0-9]*")) {
            return null;
        }
        Form form = null;
        for (Form f : Form.values()) {
            if (key.equals("speakers " + words[1] + f.word)) {
                form = f;
            }
        }
        if (form == null || value.equals("none") && (form == Form.INCLUDE || form == Form.EXCLUDE)) {
            return null; // "include: none" or "exclude: none" would check nothing
        }
        List<String> names = value.equals("none") ? List.of() : List.of(value.split(" \\| "));
        return new SpeakerCheck(Integer.parseInt(words[1]), form, names);
    }
}
