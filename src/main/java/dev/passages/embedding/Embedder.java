package dev.passages.embedding;

/** A sentence-embedding model: text in, a unit vector out; safe to call from several threads at once. */
public interface Embedder {

    /** The model's name, as an index records it. */
    String name();

    /** The length of every vector. */
    int dimensions();

    /** The text's embedding, scaled to length 1 (so that a dot product is the cosine). */
    float[] embed(String text);
}
