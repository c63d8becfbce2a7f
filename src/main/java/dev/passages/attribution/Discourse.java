package dev.passages.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an article has said so far, as attribution reads it: the speakers found in each paragraph and
 * the entities in focus that pronouns and role nouns further on may stand for.
 */
final class Discourse {

    /**
     * What made an entity a speaker of a paragraph; its {@link Speaker} is made at the end, from all
     * the article says of the entity.
     */
    record Cue(String cue, String trigger) {
    }

    /** The speakers of each paragraph read so far, in the order they were found. */
    final List<Map<Entity, Cue>> found = new ArrayList<>();
    /** Who spoke last. */
    Entity current;
    /** Where the one who spoke last spoke: the sentence's first token. */
    Position currentSince = Position.NONE;
    /** The end of the sentence in which the one who spoke last spoke. */
    Position currentUntil = Position.NONE;
    /** An organisation that an unnamed spokesperson speaks for: "he" may refer to it. */
    Entity spokespersonFor;
    /** Who issued the document that spoke last ("The statement said ... It added"). */
    Entity documentSpeaker;
    /** Whether the last role resolved was a document noun. */
    boolean viaDocument;
    /** The paragraph in which a sentence last opened with an unnamed person ({@code A currency analyst}), or -1. */
    int unnamedSubjectIn = -1;

    /**
     * Records {@code e} (if not null) as a speaker of the sentence's paragraph, with the words from token
     * {@code from} to token {@code to} as what triggered it, and makes it the one who spoke last.
     */
    void add(Sentence s, Entity e, String cue, int from, int to) {
        if (e == null) {
            return;
        }
        int a = Math.min(from, to - 1);
        int b = Math.max(from + 1, to);
        String trigger = s.text().substring(s.toks().get(Math.max(a, 0)).start(), s.toks().get(Math.min(b, s.toks().size()) - 1).end());
        if (trigger.length() > 120) {
            trigger = trigger.substring(0, 57) + " … " + trigger.substring(trigger.length() - 57);
        }
        found.get(s.p()).putIfAbsent(e, new Cue(cue, trigger));
        current = e;
        currentSince = new Position(s.p(), s.s0());
        currentUntil = new Position(s.p(), s.s1());
    }
}
