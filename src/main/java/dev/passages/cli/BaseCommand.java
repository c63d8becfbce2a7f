package dev.passages.cli;

import dev.passages.search.Features;
import picocli.CommandLine.Mixin;

/** What every command on an index shares beyond a {@link Subcommand}'s: {@link CommonOptions}, which name the index. */
abstract class BaseCommand extends Subcommand {

    @Mixin
    CommonOptions common;

    /** The index the options name, local or on SolrCloud. */
    dev.passages.backend.Backend openBackend() {
        return common.openBackend(env, err(), Features.DEFAULT);
    }
}
