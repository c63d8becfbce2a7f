package dev.passages.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** A subcommand made with the environment it runs in: that environment, its parsed command line and the writers it prints to. */
abstract class Subcommand implements Callable<Integer> {

    final Environment env;

    @Spec
    CommandSpec spec;

    Subcommand(Environment env) {
        this.env = env;
    }

    /** Standard output: results only. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Standard error: progress, warnings and errors. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
