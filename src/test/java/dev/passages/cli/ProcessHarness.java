package dev.passages.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts passages in a separate JVM, as a user's shell would, from the built jar when there is one. */
final class ProcessHarness {

    private ProcessHarness() {
    }

    static Process start(Path log, String... args) throws IOException {
        return new ProcessBuilder(command(args)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * {@code java ... Main ARGS} with the built jar (or, when there is none, this test run's class path) and
     * {@code jvmOptions}, and the JIT and GC the launcher gives a search and the index of a small corpus: C1 alone
     * and the serial collector (with the JVM's defaults, C2's and G1's threads took a second of CPU a run from the
     * other tests on two cores), and the class-data archive of {@link JvmHarness}.
     */
    static List<String> command(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(JvmHarness.java()));
        command.addAll(JvmHarness.OPTIONS);
        if (JvmHarness.jar() != null) {
            command.addAll(JvmHarness.archiveOptions());
        }
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(JvmHarness.classPath());
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** As {@link #command(List, String...)}, but on this test run's class path, with every test dependency on it. */
    static List<String> commandOnTestClassPath(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(JvmHarness.java()));
        command.addAll(JvmHarness.OPTIONS);
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    static List<String> command(String... args) {
        return command(List.of(), args);
    }

    /** A corpus of {@code files} articles of {@code paragraphs} paragraphs each, with words that repeat. */
    static void writeCorpus(Path dir, int from, int files, int paragraphs) throws IOException {
        Files.createDirectories(dir);
        String[] words = {"border", "talks", "refugees", "minister", "attack", "province", "deadline", "trade",
            "security", "ceasefire", "envoy", "council", "report", "figures", "election"};
        for (int f = from; f < from + files; f++) {
            StringBuilder b = new StringBuilder("Title: Article ").append(f).append("\nDate: 2023-11-")
                    .append(String.format(java.util.Locale.ROOT, "%02d", 1 + f % 28)).append("\n\n");
            for (int p = 0; p < paragraphs; p++) {
                b.append("Minister Omar Haddad").append(f % 7).append(" said the ");
                for (int w = 0; w < 30; w++) {
                    b.append(words[(f * 31 + p * 7 + w * 3) % words.length]).append(' ');
                }
                b.append("w").append(f).append(" had been discussed.\n\n");
            }
            Files.writeString(dir.resolve("a" + f + ".txt"), b.toString());
        }
    }
}
