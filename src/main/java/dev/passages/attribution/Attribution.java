package dev.passages.attribution;

/**
 * One speaker of a paragraph and why: the cue (the lemma of the communication verb, or
 * {@code according to}, {@code continued quote}) and the words of the paragraph that triggered it.
 */
public record Attribution(Speaker speaker, String cue, String trigger) {
}
