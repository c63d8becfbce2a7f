package dev.passages.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;


/** {@code passages completion bash}: a shell completion script, from picocli's AutoComplete. */
@Command(name = "completion",
        description = "Print a completion script for the shell: source <(passages completion bash)"
                + " (works in bash and in zsh with bashcompinit).",
        footer = {
            "  source <(passages completion bash)",
            "  passages completion zsh > ~/.passages-completion.zsh",
        })
final class CompletionCommand extends Subcommand {

    @Parameters(arity = "0..1", paramLabel = "SHELL", defaultValue = "bash", description = "bash (default) or zsh.")
    String shell;

    @Override
    public Integer call() {
        if (!shell.equals("bash") && !shell.equals("zsh")) {
            throw new dev.passages.PassagesException(dev.passages.PassagesException.Kind.USAGE,
                    "completion: shell is bash or zsh, not " + shell);
        }
        CommandLine root = spec.commandLine().getParent();
        out().print(AutoComplete.bash("passages", root));
        out().flush();
        return ExitCodes.OK;
    }
}
