package dev.passages.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A line {@code posts of NAME: role, organisation | ...} of an attribution case: the posts the article gives speaker
 * NAME are exactly these ({@code none}: no post); {@code posts of NAME are not: ...}: they are not exactly these, or
 * NAME is no speaker; {@code posts of every speaker: none}: no speaker holds a post.
 */
record PostCheck(String speaker, boolean negated, List<Affiliation> posts) implements CaseCheck {

    private static final String EVERY = "every speaker";

    @Override
    public String expected() {
        return line(posts);
    }

    @Override
    public String found(FoundSpeakers found) {
        Map<String, List<Affiliation>> all = found.posts();
        if (speaker.equals(EVERY)) {
            List<Affiliation> held = all.values().stream().flatMap(List::stream).toList();
            return held.isEmpty() ? expected() : line(held) + "    <- found";
        }
        boolean same = all.containsKey(speaker) && all.get(speaker).equals(posts);
        if (same != negated) {
            return expected();
        }
        return all.containsKey(speaker) ? line(all.get(speaker)) + "    <- found" : expected() + "    <- not a speaker";
    }

    private String line(List<Affiliation> shown) {
        List<String> each = shown.stream().map(a -> a.role() + ", " + a.organisation()).toList();
        return "posts of " + speaker + (negated ? " are not" : "") + ": " + (each.isEmpty() ? "none" : String.join(" | ", each));
    }

    static PostCheck parse(String key, String value) {
        boolean negated = key.endsWith(" are not");
        String speaker = key.substring("posts of ".length(), key.length() - (negated ? " are not".length() : 0));
        List<Affiliation> posts = new ArrayList<>();
        if (!value.equals("none")) {
            for (String post : value.split(" \\| ")) {
                int comma = post.indexOf(", ");
                if (comma < 0) {
                    return null;
                }
                posts.add(new Affiliation(post.substring(0, comma), post.substring(comma + 2)));
            }
        }
        if (speaker.equals(EVERY) && (negated || !posts.isEmpty()) || negated && posts.isEmpty()) {
            return null;
        }
        return new PostCheck(speaker, negated, List.copyOf(posts));
    }
}
