package dev.passages.attribution;

import java.util.List;

/**
 * A name found in a sentence: token span [start, end) of the name proper (titles peeled off), the
 * name as written, its guessed kind, the title and role words around it, and whether it stands
 * where a speaker cannot (possessive, or after a preposition).
 */
record Mention(int rawStart, int start, int end, String name, String raw, Kind kind, List<String> titles,
               boolean possessive, boolean afterPreposition) {

    /** The kinds a name can be before an article's entities are known. */
    enum Kind { PERSON, ORGANIZATION, MEDIA, PLACE, UNKNOWN }

    Mention asObject() {
        return new Mention(rawStart, start, end, name, raw, kind, titles, possessive, true);
    }

    boolean canBeSubject() {
        return !possessive && !afterPreposition;
    }
}
