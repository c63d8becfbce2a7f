package dev.passages.attribution;

/** One check line of an attribution case: how the case file writes it, and how it reads against what was found. */
sealed interface CaseCheck permits SpeakerCheck, PostCheck {

    /** The line as the case file writes it. */
    String expected();

    /** The same line when {@code found} meets it, else a line that shows what was found instead. */
    String found(FoundSpeakers found);

    /** The check a line's key and value state, or null when the key is no check. */
    static CaseCheck parse(String key, String value) {
        return key.startsWith("posts of ") ? PostCheck.parse(key, value) : SpeakerCheck.parse(key, value);
    }
}
