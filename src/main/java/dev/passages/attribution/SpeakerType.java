package dev.passages.attribution;

import java.util.Locale;

/** What kind of entity speaks. */
public enum SpeakerType {
    PERSON, ORGANIZATION, MEDIA;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SpeakerType parse(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
