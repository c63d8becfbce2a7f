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
        out().print(script(AutoComplete.bash("passages", root)));
        out().flush();
        return ExitCodes.OK;
    }

    /** An option's values as picocli lists them: the enum's constants, which passages reads in any case. */
    private static final java.util.regex.Pattern VALUES = java.util.regex.Pattern.compile("(_option_args=\\()([^)]*)(\\))");
    /** What picocli offers after an option whose value it cannot tell: nothing. */
    private static final String NOTHING_AFTER = "')\n      return\n      ;;";

    /**
     * picocli's script with an option's values offered in lower case, as passages writes them ({@code --format
     * json}), and file names offered after the options that take a file named as text ({@code --batch FILE}, where
     * {@code -} is standard input).
     */
    static String script(String picocli) {
        java.util.regex.Matcher m = VALUES.matcher(picocli);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                    m.group(1) + m.group(2).toLowerCase(java.util.Locale.ROOT) + m.group(3)));
        }
        m.appendTail(out);
        return out.toString().replace("'--batch" + NOTHING_AFTER, "'--batch')\n"
                + "      local IFS=$'\\n'\n"
                + "      type compopt &>/dev/null && compopt -o filenames\n"
                + "      COMPREPLY=( $( compgen -f -- \"${curr_word}\" ) ) # files\n"
                + "      return $?\n"
                + "      ;;");
    }
}
