package dev.passages.attribution;

import dev.passages.TestCorpus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passages.corpus.Article;
import dev.passages.corpus.JsonArticleParser;
import dev.passages.corpus.TextArticleParser;
import dev.passages.corpus.TextDecoder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores attribution against the gold files under {@code src/test/resources/gold} (see their
 * CONVENTIONS.md): precision, recall and F1 of each paragraph's set of speakers, micro-averaged.
 */
final class SpeakerGold {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One gold paragraph. */
    record Paragraph(String article, int number, String textStart, List<String> speakers, boolean heldout) {
    }

    /** Counts and the paragraphs that were wrong. */
    record Score(int tp, int fp, int fn, int paragraphs, List<String> errors) {
        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String line(String name) {
            return String.format(Locale.ROOT, "%-28s paragraphs %4d  speakers gold %4d  P %.3f  R %.3f  F1 %.3f",
                    name, paragraphs, tp + fn, precision(), recall(), f1());
        }
    }

    static List<Paragraph> load(String resource) throws IOException {
        List<Paragraph> out = new ArrayList<>();
        try (InputStream in = SpeakerGold.class.getResourceAsStream("/gold/" + resource)) {
            if (in == null) {
                throw new IOException("missing gold file " + resource);
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                List<String> speakers = new ArrayList<>();
                n.get("speakers").forEach(s -> speakers.add(s.get("name").asText()));
                out.add(new Paragraph(n.get("article").asText(), n.get("paragraph").asInt(), n.get("text_start").asText(),
                        speakers, n.path("heldout").asBoolean(false)));
            }
        }
        return out;
    }

    /** The corpus' articles by id. */
    static Map<String, Article> corpusArticles(Path corpus) throws Exception {
        Map<String, Article> out = new LinkedHashMap<>();
        try (var files = Files.list(corpus)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".txt")) {
                    continue;
                }
                String id = name.substring(0, name.length() - 4);
                out.put(id, TextArticleParser.parse(id, name, TextDecoder.decode(Files.readAllBytes(f)), w -> { }));
            }
        }
        return out;
    }

    /** Reuters stories by gold id ({@code reuters/<newid>}), for the ids the gold names. */
    static Map<String, Article> reutersArticles(Path data, List<Paragraph> gold) throws Exception {
        Map<String, Article> wanted = new HashMap<>();
        gold.forEach(p -> wanted.put(p.article(), null));
        Map<String, Article> out = new LinkedHashMap<>();
        try (var files = Files.list(data)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                for (Article a : JsonArticleParser.parse("reuters", f.getFileName().toString(),
                        TextDecoder.decode(Files.readAllBytes(f)), w -> { })) {
                    if (wanted.containsKey(a.id())) {
                        out.put(a.id(), a);
                    }
                }
            }
        }
        return out;
    }

    static Score score(List<Paragraph> gold, Map<String, Article> articles, Attributor attributor) {
        Map<String, List<List<Attribution>>> byArticle = new HashMap<>();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> errors = new ArrayList<>();
        for (Paragraph g : gold) {
            Article a = articles.get(g.article());
            if (a == null) {
                throw new IllegalStateException("gold names an article that is not there: " + g.article());
            }
            String text = a.paragraphs().get(g.number() - 1);
            if (!text.startsWith(g.textStart())) {
                throw new IllegalStateException("gold misaligned at " + g.article() + "#" + g.number() + ": '"
                        + g.textStart() + "' vs '" + text.substring(0, Math.min(40, text.length())) + "'");
            }
            List<Attribution> got = byArticle.computeIfAbsent(g.article(), id -> attributor.attribute(a)).get(g.number() - 1);
            List<Speaker> system = new ArrayList<>(got.stream().map(Attribution::speaker).toList());
            List<String> missed = new ArrayList<>();
            int matched = 0;
            for (String name : g.speakers()) {
                Speaker hit = system.stream().filter(s -> matches(name, s)).findFirst().orElse(null);
                if (hit != null) {
                    system.remove(hit);
                    matched++;
                } else {
                    missed.add(name);
                }
            }
            tp += matched;
            fn += missed.size();
            fp += system.size();
            if (!missed.isEmpty() || !system.isEmpty()) {
                errors.add(g.article() + "#" + g.number() + "  missed " + missed + "  extra "
                        + system.stream().map(Speaker::name).toList() + "  | "
                        + got.stream().map(x -> x.speaker().name() + " <" + x.cue() + ": " + x.trigger() + ">").toList()
                        + "  | " + text.substring(0, Math.min(90, text.length())));
            }
        }
        return new Score(tp, fp, fn, gold.size(), errors);
    }

    /**
     * A gold name names a system speaker: same name, an alias, an acronym, a compatible person name,
     * or the same organisation name once a leading "the", country words and corporate suffixes are
     * set aside ({@code The Express Tribune} / {@code Express Tribune}, {@code Makita U.S.A., Inc} /
     * {@code Makita U.S.A.}, {@code U.S. Agriculture Department} / {@code Agriculture Department}).
     */
    static boolean matches(String goldName, Speaker s) {
        String g = Names.fold(goldName);
        for (String alias : s.aliases()) {
            String a = Names.fold(alias);
            if (a.equals(g) || (!orgCore(a).isEmpty() && orgCore(a).equals(orgCore(g))) || Names.compatiblePersons(goldName, alias) && Names.coreParts(goldName).size() > 0
                    && (s.type() == SpeakerType.PERSON)) {
                return true;
            }
            if (Names.initials(alias).equals(goldName) || Names.initials(goldName).equals(alias)) {
                return true;
            }
        }
        return Names.fold(s.name()).equals(g);
    }

    private static List<String> orgCore(String folded) {
        List<String> words = new ArrayList<>(List.of(folded.replaceAll("[,.'’]", " ").trim().split("\\s+")));
        while (!words.isEmpty() && (words.get(0).equals("the") || Lexicon.PLACES.contains(words.get(0))
                || Lexicon.DEMONYMS.contains(words.get(0)) || words.get(0).equals("u") || words.get(0).equals("s"))) {
            words.remove(0);
        }
        while (!words.isEmpty() && Lexicon.CORPORATE_SUFFIXES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return words;
    }

    /** Prints the scores and every wrong paragraph: {@code mvn -q test-compile exec:java} is not needed, run from an IDE or jshell. */
    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "tuning";
        java.util.function.Predicate<Paragraph> keep = p -> switch (mode) {
            case "all" -> true;
            case "heldout" -> p.heldout();
            default -> !p.heldout();
        };
        List<Paragraph> corpus = load("corpus-speakers.jsonl").stream().filter(keep).toList();
        Map<String, Article> corpusArticles = corpusArticles(TestCorpus.FROZEN);
        Attributor attributor = new Attributor();
        Score c = score(corpus, corpusArticles, attributor);
        c.errors().forEach(System.out::println);
        System.out.println(c.line("corpus"));
        Path data = Path.of("../shared/data/reuters-21578");
        if (Files.isDirectory(data)) {
            List<Paragraph> reuters = load("reuters-speakers.jsonl").stream().filter(keep).toList();
            Score r = score(reuters, reutersArticles(data, reuters), attributor);
            r.errors().forEach(System.out::println);
            System.out.println(r.line("reuters"));
        }
    }
}
