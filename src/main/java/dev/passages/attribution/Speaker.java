package dev.passages.attribution;

import java.util.List;

/**
 * A speaker as known within one article: a key made from its fullest name, that name for display,
 * its type, and every form of the name the article uses.
 */
public record Speaker(String key, String name, SpeakerType type, List<String> aliases) {

    public Speaker {
        aliases = List.copyOf(aliases);
    }
}
