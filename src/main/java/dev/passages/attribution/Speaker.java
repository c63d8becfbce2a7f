package dev.passages.attribution;

import java.util.List;

/**
 * A speaker as known within one article: a key made from its fullest name, that name for display,
 * its type, every form of the name the article uses, and the posts it says the speaker holds in
 * organisations.
 */
public record Speaker(String key, String name, SpeakerType type, List<String> aliases, List<Affiliation> affiliations) {

    public Speaker {
        aliases = List.copyOf(aliases);
        affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
    }

    /** A speaker of whom the article states no post. */
    public Speaker(String key, String name, SpeakerType type, List<String> aliases) {
        this(key, name, type, aliases, List.of());
    }
}
