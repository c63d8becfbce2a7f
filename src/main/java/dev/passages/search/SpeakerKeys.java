package dev.passages.search;

import java.util.Collection;

/**
 * The article-level speaker keys a {@code --speaker} name stands for (empty when none); with {@code affiliated},
 * also those of the people whom articles give a post in the organisation the name names
 * ({@code --with-spokespeople}).
 */
@FunctionalInterface
public interface SpeakerKeys {

    Collection<String> of(String name, boolean affiliated);
}
