package dev.passages.cli;

import dev.passages.search.Features;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** What every command on an index shares: its environment, its parsed command line and {@link CommonOptions}. */
abstract class BaseCommand implements Callable<Integer> {

    final Environment env;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    BaseCommand(Environment env) {
        this.env = env;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The index the options name, local or on SolrCloud. */
    dev.passages.backend.Backend openBackend() {
        return common.openBackend(env, err(), Features.DEFAULT);
    }
}
