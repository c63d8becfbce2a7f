package dev.passages.attribution;

import java.util.List;

/** Who {@code according to} gives as the source: a pronoun, a name, or the issuer of a report it names. */
final class AccordingTo {

    private final Discourse discourse;
    private final Coreference coreference;
    private final RoleNouns roleNouns;

    AccordingTo(Discourse discourse, Coreference coreference, RoleNouns roleNouns) {
        this.discourse = discourse;
        this.coreference = coreference;
        this.roleNouns = roleNouns;
    }

    /** {@code according to him}, {@code according to X}, {@code according to a report released by X}. */
    void read(Sentence s, int k) {
        int j = k + 2;
        if (j >= s.s1()) {
            return;
        }
        Token t = s.toks().get(j);
        if (Lexicon.PERSON_PRONOUNS.contains(t.lower())) {
            discourse.add(s, coreference.resolvePerson(s, j), "according to", k, j + 1);
            return;
        }
        Mention m = s.mentionByStart().get(j);
        if (m == null && t.is("the")) {
            m = s.mentionByStart().get(j + 1);
        }
        if (m != null && m.possessive() && s.mentionByStart().containsKey(m.end() + 1)) {
            m = s.mentionByStart().get(m.end() + 1);
        }
        if (m != null) {
            discourse.add(s, s.entityAt(m), "according to", k, m.end());
            return;
        }
        // "according to a statistical report released by the think tank X", "according to the premier"
        int end = j;
        while (end < s.s1() && !s.toks().get(end).text().equals(",") && end - j < 16) {
            Mention inner = s.mentionByStart().get(end);
            if (inner != null && end > j && s.toks().get(end - 1).isPossessive() == false
                    && (s.toks().get(end - 1).is("by") || s.toks().get(end - 1).is("from") || isDescriptorBefore(s.toks(), end))) {
                discourse.add(s, s.entityAt(inner), "according to", k, inner.end());
                return;
            }
            if (inner != null && inner.possessive()) {
                discourse.add(s, s.entityAt(inner), "according to", k, inner.end() + 1);
                return;
            }
            end++;
        }
        int roleEnd = j;
        while (roleEnd + 1 < s.s1() && s.toks().get(roleEnd + 1).isWord() && !s.toks().get(roleEnd + 1).isCapitalised()) {
            roleEnd++;
        }
        if (t.is("the")) {
            Entity e = roleNouns.resolve(s, j, roleEnd, "according to", k);
            if (e != null) {
                discourse.add(s, e, "according to", k, roleEnd + 1);
            }
        }
    }

    /** "... released by the independent think tank X": lower-case words back to "by". */
    private static boolean isDescriptorBefore(List<Token> toks, int k) {
        int j = k - 1;
        while (j >= 0 && toks.get(j).isWord() && !toks.get(j).isCapitalised() && !toks.get(j).is("by")
                && !toks.get(j).is("from")) {
            j--;
        }
        return j >= 0 && (toks.get(j).is("by") || toks.get(j).is("from"));
    }
}
