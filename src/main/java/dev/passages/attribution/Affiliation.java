package dev.passages.attribution;

/**
 * A post a speaker holds in an organisation, as an article states it ({@code Reed, the spokesman of the
 * Harbour Council}): the role ({@code spokesperson}) and the organisation's name as the article knows it.
 */
public record Affiliation(String role, String organisation) {
}
