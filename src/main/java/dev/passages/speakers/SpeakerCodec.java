package dev.passages.speakers;

import dev.passages.attribution.Affiliation;
import dev.passages.attribution.Attribution;
import dev.passages.attribution.Speaker;
import dev.passages.attribution.SpeakerType;

import java.util.ArrayList;
import java.util.List;

/**
 * A speaker as one string in an index field ({@code key|type|name|alias;alias}, then {@code |role:organisation;...}
 * when the article gives the speaker posts; the control characters U+001F, U+001E and U+001D as separators), and
 * an attribution as that string with its cue and trigger.
 */
public final class SpeakerCodec {

    private static final char FIELD_SEPARATOR = '\u001F';
    private static final char ALIAS_SEPARATOR = '\u001E';
    private static final char ROLE_SEPARATOR = '\u001D';

    private SpeakerCodec() {
    }

    /** One registry input per speaker. */
    public static String entry(Speaker sp) {
        return sp.key() + FIELD_SEPARATOR + sp.type().label() + FIELD_SEPARATOR + sp.name() + FIELD_SEPARATOR
                + String.join(String.valueOf(ALIAS_SEPARATOR), sp.aliases()) + posts(sp.affiliations());
    }

    private static String posts(List<Affiliation> affiliations) {
        if (affiliations.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (Affiliation a : affiliations) {
            b.append(b.isEmpty() ? FIELD_SEPARATOR : ALIAS_SEPARATOR).append(a.role()).append(ROLE_SEPARATOR)
                    .append(a.organisation());
        }
        return b.toString();
    }

    /** The speaker of an {@link #entry}. */
    public static Speaker parseEntry(String entry) {
        String[] f = entry.split(String.valueOf(FIELD_SEPARATOR), -1);
        List<Affiliation> posts = new ArrayList<>();
        if (f.length > 4) {
            for (String post : f[4].split(String.valueOf(ALIAS_SEPARATOR))) {
                int at = post.indexOf(ROLE_SEPARATOR);
                if (at > 0) {
                    posts.add(new Affiliation(post.substring(0, at), post.substring(at + 1)));
                }
            }
        }
        return new Speaker(f[0], f[2], SpeakerType.parse(f[1]), List.of(f[3].split(String.valueOf(ALIAS_SEPARATOR))), posts);
    }

    /** A stored attribution: speaker entry, cue and trigger. */
    public static String encode(Attribution a) {
        return encode(entry(a.speaker()), a);
    }

    /** A stored attribution, its speaker's {@link #entry} made already. */
    public static String encode(String entry, Attribution a) {
        return entry + FIELD_SEPARATOR + a.cue() + FIELD_SEPARATOR + a.trigger();
    }

    /** The attribution of an {@link #encode}d string. */
    public static Attribution decode(String stored) {
        // entry, then cue and trigger: the last two separators split them off
        int trigger = stored.lastIndexOf(FIELD_SEPARATOR);
        int cue = stored.lastIndexOf(FIELD_SEPARATOR, trigger - 1);
        return new Attribution(parseEntry(stored.substring(0, cue)), stored.substring(cue + 1, trigger),
                stored.substring(trigger + 1));
    }
}
