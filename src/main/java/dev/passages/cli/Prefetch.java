package dev.passages.cli;

import dev.passages.index.Analyzers;
import dev.passages.index.Schema;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Work a query command will need, begun on a second core while the first parses the command line:
 * the English stemmer's dictionary (built when its class loads, some 40 ms), the query parser, and
 * the classes and files of the index the command names. Class initialisation is thread-safe, so the main thread just finds it done, or
 * waits for the rest.
 */
final class Prefetch {

    private Prefetch() {
    }

    static void start(String[] args, Environment env) {
        Class<?> command = args.length == 0 ? null : Main.commandClass(args[0]);
        if (command == null || !PrefetchedCommand.class.isAssignableFrom(command)) {
            return;
        }
        Path index = indexNamed(args, env);
        Thread t = new Thread(() -> warm(index), "passages-prefetch");
        t.setDaemon(true);
        t.start();
    }

    /** The index the command line will most likely use: --index, else PASSAGES_INDEX, else the default. */
    static Path indexNamed(String[] args, Environment env) {
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--index") && i + 1 < args.length) {
                return env.resolve(args[i + 1]);
            }
            if (args[i].startsWith("--index=")) {
                return env.resolve(args[i].substring("--index=".length()));
            }
        }
        Path fromEnv = env.indexFromEnv();
        return fromEnv != null ? fromEnv : env.defaultIndex();
    }

    private static void warm(Path index) {
        try {
            Analyzer analyzer = Analyzers.forSchema();
            for (String field : new String[] {Schema.TEXT, Schema.SPEAKER}) {
                try (TokenStream ts = analyzer.tokenStream(field, "refugees said")) {
                    ts.reset();
                    while (ts.incrementToken()) {
                        // tokens discarded: only the classes and tables behind them matter
                    }
                    ts.end();
                }
            }
            new QueryParser(Schema.TEXT, analyzer).parse("warm \"up\"");
            // then the index's classes and files; the reader itself is the search's own
            if (Files.isDirectory(index)) {
                try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
                    reader.numDocs();
                }
            }
        } catch (IOException | org.apache.lucene.queryparser.classic.ParseException | RuntimeException e) {
            // nothing is lost: the search does the same work itself, and reports what went wrong
        }
    }
}
