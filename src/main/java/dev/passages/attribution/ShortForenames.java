package dev.passages.attribution;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Short forms of English given names and the names they shorten ({@code short-forenames.txt}): {@code Bob Dole}
 * and {@code Robert Dole}, {@code Jim Wright} and {@code James Wright} are one person's names.
 */
final class ShortForenames {

    /** Each short form (folded) and the full names it may stand for. */
    private static final Map<String, Set<String>> FULL = load();

    private ShortForenames() {
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> m = new HashMap<>();
        for (String line : Lexicon.lines("short-forenames")) {
            int eq = line.indexOf(" = ");
            Set<String> full = new java.util.HashSet<>();
            for (String name : line.substring(eq + 3).split(",")) {
                full.add(name.strip());
            }
            m.put(line.substring(0, eq).strip(), Set.copyOf(full));
        }
        return Map.copyOf(m);
    }

    /**
     * Whether two given names (folded, as the parts of a folded name) may name one person: one is a short form of
     * the other ({@code bob}, {@code robert}), or both are short forms of one name ({@code bob}, {@code rob}).
     */
    static boolean same(String a, String b) {
        Set<String> ofA = FULL.get(a);
        Set<String> ofB = FULL.get(b);
        if (ofA == null && ofB == null) {
            return false;
        }
        if (ofA != null && ofA.contains(b) || ofB != null && ofB.contains(a)) {
            return true;
        }
        if (ofA != null && ofB != null) {
            for (String full : ofA) {
                if (ofB.contains(full)) {
                    return true;
                }
            }
        }
        return false;
    }
}
