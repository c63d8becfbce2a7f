package dev.passages.cli;

import dev.passages.search.Sanitize;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.util.List;

/** Says which option a mistyped one meant: {@code -from} for {@code --from}, {@code --limt} for {@code --limit}. */
final class OptionHints {

    private OptionHints() {
    }

    /**
     * {@code args} with each argument of {@code search} that begins with a dash and a letter but is a query, not an
     * option, marked as a query by a leading space (which the query's parsing drops): one that holds white space, a
     * colon or a quotation mark ({@code '-refugees -Kakar'}, {@code '-title:deportation'}), which no option is. An
     * option's value is left as it is: one attached to a short option ({@code -s'Mullah Omar'}) or one after an option
     * that takes a value ({@code --speaker '-Foo Bar'}); so are the arguments after {@code --}.
     */
    static String[] queriesNotOptions(CommandLine root, String[] args) {
        CommandLine search = root.getSubcommands().get("search");
        if (args.length == 0 || !args[0].equals("search") || search == null) {
            return args;
        }
        CommandLine.Model.CommandSpec spec = search.getCommandSpec();
        String[] out = args.clone();
        for (int i = 1; i < out.length; i++) {
            String a = out[i];
            if (a.equals("--")) {
                break;
            }
            if (a.length() > 2 && a.charAt(0) == '-' && Character.isLetter(a.codePointAt(1))
                    && a.codePoints().anyMatch(c -> Character.isWhitespace(c) || c == ':' || c == '"')
                    && !takesValue(spec, a.substring(0, 2)) && !(i > 1 && takesValue(spec, args[i - 1]))) {
                out[i] = " " + a;
            }
        }
        return out;
    }

    /** Whether {@code name} is an option of {@code spec} that takes a value given apart from it. */
    private static boolean takesValue(CommandLine.Model.CommandSpec spec, String name) {
        OptionSpec option = name.startsWith("-") && name.indexOf('=') < 0 ? spec.findOption(name) : null;
        return option != null && option.arity().min() > 0;
    }

    /**
     * A long option written with one dash ({@code -from 2023}, which would otherwise be read as {@code -f rom}),
     * as a one-line message, or null when there is none. Arguments after {@code --} are not options.
     */
    static String singleDashLongOption(CommandLine root, String[] args) {
        if (args.length == 0) {
            return null;
        }
        CommandLine sub = root.getSubcommands().get(args[0]);
        if (sub == null) {
            return null;
        }
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                return null;
            }
            if (a.length() > 2 && a.charAt(0) == '-' && a.charAt(1) != '-') {
                String name = a.indexOf('=') > 0 ? a.substring(0, a.indexOf('=')) : a;
                OptionSpec meant = sub.getCommandSpec().findOption("-" + name);
                if (meant != null && meant.longestName().equals("-" + name)) {
                    return "unknown option " + Sanitize.oneLine(a) + ": did you mean -" + name + "? (see: "
                            + sub.getCommandSpec().qualifiedName() + " --help)";
                }
            }
        }
        return null;
    }

    /**
     * "; did you mean --limit?" for an unknown option close to a known one; for search, how to write a word the query
     * leaves out ({@code -refugees}, or {@code NOT refugees} for a query of that alone); else "".
     */
    static String suggestion(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            List<String> unknown = unmatched.getUnmatched();
            if (!suggestions.isEmpty() && !unknown.isEmpty() && unknown.get(0).startsWith("-")) {
                return "; did you mean " + suggestions.get(0) + "?";
            }
            if (!unknown.isEmpty() && unknown.get(0).matches("-\\p{L}[\\p{L}\\d'-]*")
                    && e.getCommandLine().getCommandName().equals("search")) {
                // "search hideouts -refugees": a word the query leaves out, read as an option; alone, a quoted
                // "-refugees" would be read as one too, so NOT says it
                String excluded = Sanitize.oneLine(unknown.get(0));
                return "; to leave out passages with a word, put it inside the quoted query (\"... " + excluded
                        + "\", or \"NOT " + excluded.substring(1) + "\" for every passage without it)";
            }
        }
        return "";
    }
}
