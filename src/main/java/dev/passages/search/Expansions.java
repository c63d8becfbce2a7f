package dev.passages.search;

import dev.passages.index.Acronyms;
import dev.passages.index.Schema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What widens a query beyond its words: an acronym's learned long forms and the acronym of a long form
 * typed, and concept synonyms; extra clauses weighing less than the words typed.
 */
final class Expansions {

    private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z][A-Z0-9]{1,7}\\b");

    private final Analyzer analyzer;
    private final Supplier<Acronyms> acronyms;
    private final Features features;
    private List<List<List<String>>> synonyms;

    /** @param acronyms the acronyms learned from the index, read when first needed */
    Expansions(Analyzer analyzer, Supplier<Acronyms> acronyms, Features features) {
        this.analyzer = analyzer;
        this.acronyms = acronyms;
        this.features = features;
    }

    /** Acronyms and their long forms both ways, and concept synonyms, as extra clauses of lower weight. */
    List<Query> of(String text, List<String> terms) {
        List<Query> out = new ArrayList<>();
        if (features.acronyms()) {
            Acronyms known = acronyms.get();
            Matcher m = ACRONYM.matcher(text);
            Set<String> seen = new HashSet<>();
            while (m.find()) {
                if (!seen.add(m.group())) {
                    continue;
                }
                List<Acronyms.Definition> defs = known.longForms(m.group());
                List<String> longForms = new ArrayList<>();
                for (int i = 0; i < Math.min(3, defs.size()); i++) {
                    longForms.add(defs.get(i).longForm());
                }
                addPhrase(out, longForms, m.group().toLowerCase(Locale.ROOT), Ranking.EXPANSION_BOOST);
            }
            List<String> querySkeletons = Acronyms.skeletonWords(text);
            List<String> queryWords = Acronyms.words(text);
            for (int i = 0; i + 1 < querySkeletons.size(); i++) {
                for (Acronyms.Definition d : known.byOpening(querySkeletons.get(i) + " " + querySkeletons.get(i + 1))) {
                    if (!seen.add(d.acronym())) {
                        continue;
                    }
                    // only for paragraphs that say the acronym and not the long form the user typed
                    BooleanQuery.Builder only = new BooleanQuery.Builder()
                            .add(new TermQuery(new Term(Schema.TEXT, d.acronym().toLowerCase(Locale.ROOT))), BooleanClause.Occur.MUST);
                    Query said = text.indexOf('"') >= 0
                            // words in quotes match as spelled: so is the long form they say left out
                            ? QueryTerms.phrase(Schema.TEXT, QueryTerms.positioned(analyzer, Schema.TEXT, queryWords.get(i) + " " + queryWords.get(i + 1)))
                            : QueryTerms.phrase(Schema.TEXT_VARIANTS, QueryTerms.first(QueryTerms.positioned(analyzer, Schema.TEXT_VARIANTS, d.longForm()), 2));
                    if (said != null) {
                        only.add(said, BooleanClause.Occur.MUST_NOT);
                    }
                    out.add(new BoostQuery(new ConstantScoreQuery(only.build()), Ranking.EXPANSION_BOOST));
                }
            }
        }
        if (features.compounds()) {
            out.addAll(Compounds.of(analyzer, terms));
        }
        if (features.synonyms()) {
            for (List<List<String>> group : synonymGroups()) {
                boolean present = group.stream().anyMatch(member -> !member.isEmpty() && Collections.indexOfSubList(terms, member) >= 0);
                if (!present) {
                    continue;
                }
                for (List<String> member : group) {
                    if (Collections.indexOfSubList(terms, member) < 0) {
                        out.add(new BoostQuery(new ConstantScoreQuery(member.size() == 1
                                ? new TermQuery(new Term(Schema.TEXT, member.get(0)))
                                : new PhraseQuery(1, Schema.TEXT, member.toArray(new String[0]))), Ranking.SYNONYM_BOOST));
                    }
                }
            }
        }
        return out;
    }

    /** The learned acronyms (as text-field terms) whose long form opens with the first two words of {@code name}. */
    Collection<String> acronymsNamed(String name) {
        if (!features.acronyms()) {
            return List.of();
        }
        List<String> skeletons = Acronyms.skeletonWords(name);
        if (skeletons.size() < 2) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (Acronyms.Definition d : acronyms.get().byOpening(skeletons.get(0) + " " + skeletons.get(1))) {
            out.add(d.acronym().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * The long forms of an acronym, for paragraphs that say only a long form (in any spelling): one constant
     * however many of its long forms or spellings a paragraph says, so that it adds no more than one expansion.
     */
    private void addPhrase(List<Query> out, List<String> longForms, String acronym, float boost) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int n = 0;
        for (String words : longForms) {
            Query longForm = QueryTerms.phrase(Schema.TEXT_VARIANTS, QueryTerms.positioned(analyzer, Schema.TEXT_VARIANTS, words));
            if (longForm != null) {
                any.add(longForm, BooleanClause.Occur.SHOULD);
                n++;
            }
        }
        if (n == 0) {
            return;
        }
        out.add(new BoostQuery(new ConstantScoreQuery(new BooleanQuery.Builder()
                .add(any.build(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Schema.TEXT, acronym)), BooleanClause.Occur.MUST_NOT)
                .build()), boost));
    }

    private synchronized List<List<List<String>>> synonymGroups() {
        if (synonyms == null) {
            List<List<List<String>>> groups = new ArrayList<>();
            for (List<String> group : Synonyms.load()) {
                List<List<String>> analysed = new ArrayList<>();
                group.forEach(member -> analysed.add(QueryTerms.analyze(analyzer, Schema.TEXT, member)));
                groups.add(analysed);
            }
            synonyms = groups;
        }
        return synonyms;
    }
}
