package dev.passages.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * A subcommand: the environment it runs in (handed over by {@link Main.Factory}), its parsed command line and the
 * writers it prints to; every subcommand has --help and --version, and an Examples section after its options.
 */
@Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class, footerHeading = "%nExamples:%n")
abstract class Subcommand implements Callable<Integer> {

    /** Set once by {@link Main.Factory} as it makes the command, before picocli parses anything into it. */
    Environment env;

    @Spec
    CommandSpec spec;

    /** Standard output: results only. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Standard error: progress, warnings and errors. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
