package dev.passages.cli;

import dev.passages.search.Sanitize;
import dev.passages.index.Acronyms;
import dev.passages.backend.Backend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code passages acronyms}: the acronyms learned from the corpus, with their long forms and counts. */
@Command(name = "acronyms",
        description = "List the acronyms learned from the corpus (definitions written 'Long Form (ACR)' or"
                + " 'ACR (Long Form)'), each long form with the number of paragraphs that define it. Search expands"
                + " them both ways: TTP finds paragraphs that only say Tehrik-i-Taliban Pakistan, and back.",
        footer = {
            "  passages acronyms",
            "  passages acronyms --format tsv | sort -t $'\\t' -k3 -nr | head",
        })
final class AcronymsCommand extends BaseCommand {

    @Mixin
    FormatOption output;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = out();
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Backend index = openBackend()) {
            for (List<Acronyms.Definition> defs : index.acronyms().all().values()) {
                for (Acronyms.Definition d : defs) {
                    Map<String, Object> m = Json.object();
                    m.put("acronym", d.acronym());
                    m.put("long_form", d.longForm());
                    m.put("paragraphs", d.count());
                    rows.add(m);
                }
            }
        }
        rows.sort((a, b) -> String.valueOf(a.get("acronym")).compareTo(String.valueOf(b.get("acronym"))));
        Json json = new Json();
        switch (output.format) {
            case JSON -> {
                Map<String, Object> root = Json.object();
                root.put("acronyms", rows);
                out.println(json.write(root));
            }
            case JSONL -> rows.forEach(r -> out.println(json.write(r)));
            case TSV -> {
                out.println("acronym\tlong_form\tparagraphs");
                rows.forEach(r -> out.println(HitPrinter.tsv(String.valueOf(r.get("acronym"))) + "\t" + HitPrinter.tsv(String.valueOf(r.get("long_form")))
                        + "\t" + r.get("paragraphs")));
            }
            case TEXT -> rows.forEach(r -> out.printf(Locale.ROOT, "%-8s %-60s %d%n", Sanitize.oneLine(String.valueOf(r.get("acronym"))),
                    Sanitize.oneLine(String.valueOf(r.get("long_form"))),
                    r.get("paragraphs")));
        }
        out.flush();
        return rows.isEmpty() ? ExitCodes.NO_HITS : ExitCodes.OK;
    }
}
