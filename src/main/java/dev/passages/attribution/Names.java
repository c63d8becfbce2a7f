package dev.passages.attribution;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Name normalisation shared by attribution, the speaker registry and {@code --speaker}: folded
 * keys, name parts, and a transliteration skeleton under which {@code Anwar}/{@code Anwaar},
 * {@code Mehmood}/{@code Mahmood} and {@code Zabihullah}/{@code Zabiullah} agree.
 */
public final class Names {

    private Names() {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Lower case, accents removed, curly apostrophes straightened. */
    public static String fold(String s) {
        String ascii = asciiLowerCase(s);
        if (ascii != null) {
            // the common case, once per name and mention: nothing to strip or straighten
            return ascii;
        }
        String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return n.replace('’', '\'').replace('‐', '-').toLowerCase(Locale.ROOT);
    }

    /**
     * {@code s.toLowerCase(Locale.ROOT)}, with ASCII (nearly every word of English news) done by hand:
     * asked of every capitalised word, where the JDK's general method costs a call per character.
     */
    static String lowerCase(String s) {
        String ascii = asciiLowerCase(s);
        return ascii != null ? ascii : s.toLowerCase(Locale.ROOT);
    }

    /**
     * {@code s} in lower case if it is ASCII ({@code s} itself when it has no capital), else null. Lower-cased as
     * bytes: under C1 alone (index on a small corpus) a call per character, and a string made of chars, cost
     * several times as much.
     */
    private static String asciiLowerCase(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= 128) {
                return null;
            }
            if (c >= 'A' && c <= 'Z') {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        byte[] b = asciiBytes(s);
        if (b == null) {
            return null;
        }
        for (; i < n; i++) {
            byte c = b[i];
            if (c >= 'A' && c <= 'Z') {
                b[i] = (byte) (c + ('a' - 'A'));
            }
        }
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /** The characters of {@code s} as bytes if they are all ASCII, else null. */
    private static byte[] asciiBytes(String s) {
        // a character beyond Latin-1 is encoded as '?' (a pair of surrogates as one), which the string must then hold
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        if (b.length != s.length()) {
            return null;
        }
        for (int i = 0; i < b.length; i++) {
            if (b[i] < 0 || b[i] == '?' && s.charAt(i) != '?') {
                return null;
            }
        }
        return b;
    }

    /** The parts of a name: words split at spaces and hyphens, folded, particles and honorifics kept. */
    public static List<String> parts(String name) {
        return partsOfFolded(fold(name));
    }

    /** {@link #parts} of a name already {@linkplain #fold folded}. */
    static List<String> partsOfFolded(String folded) {
        List<String> out = new ArrayList<>(4);
        // a part is cut from the name as one piece unless a character inside it is dropped (a dot, a comma)
        int start = 0;
        boolean dropped = false;
        int n = folded.length();
        byte[] ascii = asciiBytes(folded);
        for (int i = 0; i <= n; i++) {
            byte kind = i == n ? SEPARATOR : ascii != null ? ASCII_KINDS[ascii[i]] : kindOf(folded.charAt(i));
            if (kind == SEPARATOR) {
                if (i > start) {
                    addPart(out, folded, start, i, dropped);
                }
                start = i + 1;
                dropped = false;
            } else if (kind == DROPPED) {
                dropped = true;
            }
        }
        return out;
    }

    /** What a character is to a name's parts: it separates them, is kept in one, or is dropped from one. */
    private static final byte SEPARATOR = 0;
    private static final byte KEPT = 1;
    private static final byte DROPPED = 2;
    /** {@link #kindOf} of each ASCII character (nearly every name's), read without the Unicode tables. */
    private static final byte[] ASCII_KINDS = asciiKinds();

    private static byte[] asciiKinds() {
        byte[] kinds = new byte[128];
        for (char c = 0; c < 128; c++) {
            boolean separator = c == ' ' || c == '-' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
            kinds[c] = separator ? SEPARATOR : keptInPart(c) ? KEPT : DROPPED;
        }
        return kinds;
    }

    /** Spaces and hyphens separate parts; letters, digits and apostrophes are kept in them; anything else is dropped. */
    private static byte kindOf(char c) {
        if (c < 128) {
            return ASCII_KINDS[c];
        }
        return Character.isWhitespace(c) ? SEPARATOR : keptInPart(c) ? KEPT : DROPPED;
    }

    /** Letters, digits and apostrophes: what a name part keeps. */
    private static boolean keptInPart(char c) {
        return c == '\'' || (c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                : Character.isLetterOrDigit(c));
    }

    /** The part {@code folded[start, end)}, without its characters that are neither letters, digits nor apostrophes. */
    private static void addPart(List<String> out, String folded, int start, int end, boolean dropped) {
        if (!dropped) {
            out.add(folded.substring(start, end));
            return;
        }
        StringBuilder b = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = folded.charAt(i);
            if (keptInPart(c)) {
                b.append(c);
            }
        }
        if (b.length() > 0) {
            out.add(b.toString());
        }
    }

    /** Parts without particles and honorifics: what identifies the person ({@code tahir mehmood ashrafi}). */
    public static List<String> coreParts(String name) {
        return coreOf(parts(name));
    }

    /**
     * {@link #coreParts} of a name already split by {@link #parts}: {@code parts} itself when none is a particle or an
     * honorific (most names), so the caller must not change either list.
     */
    static List<String> coreOf(List<String> parts) {
        int n = parts.size();
        int first = 0;
        // by index: under C1 alone (index on a small corpus) a for-each loop allocates its iterator every call
        while (first < n && !isParticleOrHonorific(parts.get(first))) {
            first++;
        }
        if (first == n) {
            return parts;
        }
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String p = parts.get(i);
            if (i < first || i > first && !isParticleOrHonorific(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean isParticleOrHonorific(String part) {
        return Lexicon.PARTICLES.contains(part) || Lexicon.HONORIFICS.contains(part);
    }

    /** The given names and particles of a name's {@link #parts}: all but the last, honorifics left out. */
    private static List<String> givenWithParticles(List<String> all) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < all.size() - 1; i++) {
            String p = all.get(i);
            if (!Lexicon.HONORIFICS.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * An organisation's initials, corporate suffixes and small words left out
     * ({@code ASA} for Atlantic Southeast Airlines Inc); empty for a single word. Words are split at ASCII white
     * space and hyphens.
     */
    public static String initials(String name) {
        int n = name.length();
        // an ASCII name is lower-cased once, its words cut from that; another word by word (its case may change its length)
        String lower = asciiLowerCase(name);
        char[] letters = new char[n];
        int count = 0;
        int words = 0;
        int i = 0;
        while (i < n) {
            if (isInitialsSeparator(name.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && !isInitialsSeparator(name.charAt(i))) {
                i++;
            }
            String word = lower != null ? lower.substring(start, i) : name.substring(start, i).toLowerCase(Locale.ROOT);
            if (Lexicon.CORPORATE_SUFFIXES.contains(word)) {
                continue;
            }
            words++;
            if (Character.isUpperCase(name.charAt(start))) {
                letters[count++] = name.charAt(start);
            }
        }
        return words < 2 ? "" : new String(letters, 0, count);
    }

    /** What splits the words of a name for its {@link #initials}: ASCII white space (tab to carriage return, space) or a hyphen. */
    private static boolean isInitialsSeparator(char c) {
        return c == ' ' || c == '-' || c >= '\t' && c <= '\r';
    }

    /** A key: folded parts joined with hyphens ({@code anwar-ul-haq-kakar}). */
    public static String key(String name) {
        return keyOf(parts(name));
    }

    /** The {@link #key} of a name whose {@link #parts} are {@code parts}. */
    static String keyOf(List<String> parts) {
        return String.join("-", parts);
    }

    /**
     * A transliteration skeleton: doubled letters collapsed, {@code h} after a letter dropped, each
     * run of vowels reduced to one placeholder; the first letter kept.
     */
    public static String skeleton(String part) {
        // as Latin-1 bytes: a character outside a-z is left out, and any other character is encoded as one outside it
        byte[] s = part.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < s.length; i++) {
            byte c = s[i];
            if (c < 0 || c >= 'A' && c <= 'Z' || c == '?') {
                // not ASCII in lower case already (as the parts of a folded name are): folded first
                s = fold(part).getBytes(StandardCharsets.ISO_8859_1);
                break;
            }
        }
        int n = s.length;
        byte[] out = new byte[n];
        int size = 0;
        byte last = 0;
        for (int i = 0; i < n; i++) {
            byte c = s[i];
            if (c < 'a' || c > 'z') {
                continue;
            }
            if (size == 0) {
                out[size++] = c;
                last = c;
                continue;
            }
            if (c == 'h') {
                continue;
            }
            byte mapped = (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y') ? (byte) '*' : c;
            if (mapped != last) {
                out[size++] = mapped;
                last = mapped;
            }
        }
        return new String(out, 0, size, StandardCharsets.ISO_8859_1);
    }

    /** Whether two folded name parts have the same letters, in order, whatever stands between them ({@code o'neil}, {@code oneil}). */
    static boolean sameLetters(String a, String b) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < a.length() && !Character.isLetter(a.charAt(i))) {
                i++;
            }
            while (j < b.length() && !Character.isLetter(b.charAt(j))) {
                j++;
            }
            if (i == a.length() || j == b.length()) {
                return i == a.length() && j == b.length();
            }
            if (a.charAt(i++) != b.charAt(j++)) {
                return false;
            }
        }
    }

    /**
     * Whether two name parts are spellings of one another: the same skeleton of two consonants or more (one
     * consonant and vowels is too little to tell {@code Zhao} from {@code Zhou} or {@code Bahia} from {@code Bouey}).
     */
    public static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() < 4 || b.length() < 4 || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        String skeleton = skeleton(a);
        return consonants(skeleton) >= 2 && skeleton.equals(skeleton(b));
    }

    /** The consonants of a {@link #skeleton}: its letters other than vowels (the first letter is kept as written). */
    private static int consonants(String skeleton) {
        int n = 0;
        for (int i = 0; i < skeleton.length(); i++) {
            n += "*aeiouy".indexOf(skeleton.charAt(i)) >= 0 ? 0 : 1;
        }
        return n;
    }

    /**
     * Whether two person names can be the same person: the same surname (last core part, up to
     * spelling), and given names that do not clash (every given part of the shorter name found in
     * the longer one, a joined form such as {@code anwarulhaq} counting as its parts).
     */
    public static boolean compatiblePersons(String a, String b) {
        List<String> partsA = parts(a);
        List<String> partsB = parts(b);
        return compatiblePersons(partsA, coreOf(partsA), partsB, coreOf(partsB));
    }

    /** {@link #compatiblePersons(String, String)} of two names by their {@link #parts} and {@link #coreOf core parts}. */
    static boolean compatiblePersons(List<String> partsA, List<String> pa, List<String> partsB, List<String> pb) {
        if (pa.isEmpty() || pb.isEmpty() || !sameWord(pa.get(pa.size() - 1), pb.get(pb.size() - 1))) {
            return false;
        }
        if (pa.size() == 1 || pb.size() == 1) {
            return true;
        }
        boolean aShorter = pa.size() <= pb.size();
        List<String> shorter = aShorter ? pa : pb;
        List<String> longer = aShorter ? pb : pa;
        List<String> given = givenWithParticles(aShorter ? partsB : partsA);
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < given.size(); i++) {
            joined.append(given.get(i));
        }
        String joinedLonger = skeleton(joined.toString());
        for (int k = 0; k < shorter.size() - 1; k++) {
            String g = shorter.get(k);
            boolean found = g.length() >= 4 && joinedLonger.contains(skeleton(g));
            for (int i = 0; i < longer.size() - 1 && !found; i++) {
                found = sameWord(g, longer.get(i)) || ShortForenames.same(g, longer.get(i));
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
