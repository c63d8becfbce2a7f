package dev.passages.serve;

import dev.passages.PassagesException;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parameters of a request's query string ({@code ?q=...&speaker=a&speaker=b}), read as the CLI reads its options. */
final class Params {

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    private Params() {
    }

    /** The parameters of a raw (still percent-encoded) query string; null or empty gives none. */
    static Params parse(String rawQuery) {
        Params p = new Params();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return p;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            p.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return p;
    }

    /** A percent-encoded part of a URL as text; a malformed escape is a usage error. */
    static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new PassagesException(PassagesException.Kind.USAGE, "malformed percent-encoding in the URL");
        }
    }

    /** The last value of {@code name}, or null. */
    String get(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? null : v.get(v.size() - 1);
    }

    /** The last value of {@code name} when not blank, else null. */
    String nonBlank(String name) {
        String v = get(name);
        return v == null || v.isBlank() ? null : v;
    }

    /** Every non-blank value of {@code name}, in order. */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).toList();
    }

    /** The whole number {@code name}, {@code fallback} when absent; a usage error naming it when not a number in [min, max]. */
    int integer(String name, int fallback, int min, int max) {
        String v = nonBlank(name);
        if (v == null) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new PassagesException(PassagesException.Kind.USAGE, name + " must be a whole number, not '" + v + "'");
        }
        if (n < min || n > max) {
            throw new PassagesException(PassagesException.Kind.USAGE, name + " must be from " + min + " to " + max + ", not " + n);
        }
        return n;
    }
}
