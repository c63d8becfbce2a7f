package dev.passages.attribution;

/**
 * The entity found to speak through a cue, and the tokens [from, to) whose words triggered it: from
 * the subject to the cue, or, when the subject comes after the cue ({@code said Reed}), from the cue to
 * the subject.
 */
record Subject(Entity entity, int from, int to, boolean afterCue) {

    /** A subject before its cue, or null when there is no entity. */
    static Subject before(Entity entity, int from, int to) {
        return entity == null ? null : new Subject(entity, from, to, false);
    }

    /** A subject after its cue, or null when there is no entity. */
    static Subject after(Entity entity, int from, int to) {
        return entity == null ? null : new Subject(entity, from, to, true);
    }
}
