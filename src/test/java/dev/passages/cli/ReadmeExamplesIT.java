package dev.passages.cli;

import dev.passages.TestCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's examples work when pasted: every {@code ./passages} command of its code blocks that runs on the
 * default corpus alone is run on a copy of it, and a command shown with its output ({@code $ ./passages ...}
 * and the lines below it) prints that output. Commands that need what a fresh clone has not (a folder under
 * {@code ~}, a page or archive of the reader's, a Solr cluster, the embedding model, a pipe or a file of
 * queries) are left out by those marks.
 */
class ReadmeExamplesIT {

    /** What a command needs beyond the default corpus and index. */
    private static final Pattern NEEDS_MORE = Pattern.compile(
            "~/|saved/|\\.warc|--semantic|--mode|--solr|--collection|solr |PASSAGES_SOLR|--batch|[|>]");
    /** The seconds a run took, which differ from one run to the next. */
    private static final Pattern SECONDS = Pattern.compile("\\d+(\\.\\d+)? s$", Pattern.MULTILINE);

    @TempDir
    static Path home;

    /** One example: the command's words after {@code ./passages}, and the output shown under it (null: none shown). */
    record Example(List<String> args, String shown) {
    }

    @BeforeAll
    static void defaultCorpus() throws IOException {
        withCorpus(home);
    }

    /** {@code dir} with a copy of the default corpus in its corpus/ folder, as a fresh clone has it. */
    private static Path withCorpus(Path dir) throws IOException {
        TestCorpus.copyAll(dir.resolve("corpus"));
        return dir;
    }

    @TestFactory
    Stream<DynamicTest> everyExampleOnTheDefaultCorpusRunsAndPrintsWhatTheReadmeShows() throws IOException {
        List<Example> examples = examples(Files.readString(Path.of("README.md")));
        assertThat(examples).hasSizeGreaterThan(10);
        return examples.stream().map(e -> DynamicTest.dynamicTest(String.join(" ", e.args()), () -> {
            // an indexing shown with its output is shown on a fresh clone, before any search has indexed
            boolean fresh = e.shown() != null && e.args().get(0).equals("index");
            Path where = fresh ? withCorpus(Files.createTempDirectory(home, "fresh")) : home;
            CliRun run = CliRun.in(where, e.args().toArray(String[]::new));
            assertThat(run.code()).as(run.err()).isIn(ExitCodes.OK);
            if (e.shown() != null) {
                // results on stdout; an indexing's report on stderr
                String printed = (run.out().isBlank() ? run.err() : run.out()).strip();
                assertThat(SECONDS.matcher(printed).replaceAll("S s"))
                        .isEqualTo(SECONDS.matcher(e.shown()).replaceAll("S s"));
            }
        }));
    }

    /** The examples of the README's code blocks, in order (the first builds the index the others read). */
    static List<Example> examples(String readme) {
        List<Example> out = new ArrayList<>();
        boolean inBlock = false;
        List<String> block = new ArrayList<>();
        for (String line : readme.split("\n", -1)) {
            if (line.startsWith("```")) {
                if (inBlock) {
                    out.addAll(ofBlock(block));
                    block.clear();
                }
                inBlock = !inBlock;
            } else if (inBlock) {
                block.add(line);
            }
        }
        return out;
    }

    private static List<Example> ofBlock(List<String> lines) {
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean transcript = line.startsWith("$ ./passages ");
            if (!transcript && !line.startsWith("./passages ")) {
                continue;
            }
            String command = withoutComment(line.substring(line.indexOf("./passages ") + "./passages ".length()));
            StringBuilder shown = new StringBuilder();
            int j = i + 1;
            while (transcript && j < lines.size() && !lines.get(j).startsWith("$ ")) {
                shown.append(lines.get(j)).append('\n');
                j++;
            }
            if (!NEEDS_MORE.matcher(command).find()) {
                out.add(new Example(words(command), transcript && !shown.isEmpty() ? shown.toString().strip() : null));
            }
        }
        return out;
    }

    /** The command without a trailing {@code # comment} (outside quotes). */
    private static String withoutComment(String command) {
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(command.charAt(i - 1)))) {
                return command.substring(0, i).strip();
            }
        }
        return command.strip();
    }

    /** The words of a shell command line: blanks split, single and double quotes group and are removed. */
    static List<String> words(String command) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean any = false;
        char quote = 0;
        for (char c : command.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                any = true;
            } else if (Character.isWhitespace(c)) {
                if (any || !word.isEmpty()) {
                    out.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
            }
        }
        if (any || !word.isEmpty()) {
            out.add(word.toString());
        }
        return out;
    }
}
