package dev.passages.cli;

import dev.passages.PassagesException;
import dev.passages.search.Sanitize;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Map;

/** Entry point: the {@code passages} command and its subcommands; maps every failure to one line and an exit code. */
@Command(name = "passages",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Search news articles paragraph by paragraph: ranked passages with their article, date and speakers.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  passages search \"TTP hideouts\"",
            "  passages index corpus/",
            "  passages search refugees --from 2023-11 --format json",
            "  passages search --speaker Ashrafi",
            "  passages show 000_13c3e290747b6afd#9",
            "  passages speakers",
            "  passages attribute corpus/000_13c3e290747b6afd.txt",
            "  passages serve",
            "  passages parse crawl.warc.gz --format jsonl",
        })
public final class Main implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: search, index, speakers, attribute, parse or check");
    }

    /** The subcommands, in the order help lists them. */
    private static final Map<String, Class<?>> COMMANDS = commands();

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> m = new java.util.LinkedHashMap<>();
        m.put("search", SearchCommand.class);
        m.put("index", IndexCommand.class);
        m.put("speakers", SpeakersCommand.class);
        m.put("attribute", AttributeCommand.class);
        m.put("parse", ParseCommand.class);
        m.put("similar", SimilarCommand.class);
        m.put("show", ShowCommand.class);
        m.put("article", ArticleCommand.class);
        m.put("acronyms", AcronymsCommand.class);
        m.put("check", CheckCommand.class);
        m.put("serve", ServeCommand.class);
        m.put("daemon", DaemonCommand.class);
        m.put("solr", SolrCommand.class);
        m.put("completion", CompletionCommand.class);
        m.put("warmup", WarmupCommand.class);
        m.put("help", CommandLine.HelpCommand.class);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The class of the subcommand {@code name}, or null when there is none of that name. */
    static Class<?> commandClass(String name) {
        return COMMANDS.get(name);
    }

    /**
     * The command line with the subcommands {@code args} can reach: only the one named first, when
     * it is one that needs no others (building every command's model costs a short search a tenth
     * of its time); all of them for help, completion, an unknown word or none.
     */
    static CommandLine commandLine(String[] args, Factory factory) {
        CommandLine cli = new CommandLine(new Main(), factory);
        String first = args.length > 0 ? args[0] : "";
        boolean alone = COMMANDS.containsKey(first) && !first.equals("help") && !first.equals("completion");
        for (Map.Entry<String, Class<?>> c : COMMANDS.entrySet()) {
            if (!alone || c.getKey().equals(first)) {
                try {
                    cli.addSubcommand(c.getKey(), new CommandLine(factory.create(c.getValue()), factory));
                } catch (Exception e) {
                    throw new IllegalStateException("cannot create command " + c.getKey(), e);
                }
            }
        }
        return cli;
    }

    public static void main(String[] args) {
        Environment env = Environment.system();
        Prefetch.start(args, env);
        // UTF-8 whatever the locale (as the daemon answers): JSON and names with accents survive LC_ALL=C
        // stdout straight to its file descriptor, not through System.out, which swallows write errors: a reader that
        // has gone (| head) must fail the next write, so that a command, a batch above all, stops
        WriteFailure stdout = new WriteFailure(new java.io.FileOutputStream(java.io.FileDescriptor.out), WriteFailure.stdoutIsPipe());
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        int code = run(args, new PrintWriter(new java.io.OutputStreamWriter(stdout, java.nio.charset.StandardCharsets.UTF_8), true),
                err, env);
        System.exit(stdout.exitCode(code, err));
    }

    /** Runs one command line; output goes to {@code out}, messages to {@code err}. Returns the exit code. */
    static int run(String[] given, PrintWriter out, PrintWriter err, Environment env) {
        boolean debug = Arrays.asList(given).contains("--debug");
        CommandLine cli = commandLine(given, new Factory(env));
        String[] args = OptionHints.queriesNotOptions(cli, given);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // a relative path is the caller's: the daemon runs commands for clients in other folders
        cli.registerConverter(java.nio.file.Path.class, env::resolve);
        listExitCodes(cli);
        cli.setParameterExceptionHandler((e, a) -> {
            // one line, as every other failure: the fault, then where the options are explained
            CommandLine sub = e.getCommandLine();
            err.println("passages: " + Sanitize.oneLine(e.getMessage()) + OptionHints.suggestion(e)
                    + " (see: " + sub.getCommandSpec().qualifiedName() + " --help)");
            err.flush();
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> failed(e, err, debug));
        String singleDash = OptionHints.singleDashLongOption(cli, args);
        if (singleDash != null) {
            err.println("passages: " + singleDash);
            err.flush();
            return ExitCodes.USAGE;
        }
        try {
            return cli.execute(args);
        } catch (Error e) {
            // picocli hands on what is not an Exception: out of memory, a failed assertion, a stack overflow
            return failed(e, err, debug);
        }
    }

    /** One line on {@code err} for a failed command (and its stack trace with --debug), and its exit code. */
    static int failed(Throwable e, PrintWriter err, boolean debug) {
        if (debug) {
            printTrace(e, err);
        }
        PassagesException p = find(e, PassagesException.class);
        OutOfMemoryError oom = find(e, OutOfMemoryError.class);
        if (p != null) {
            err.println("passages: " + Sanitize.oneLine(p.getMessage()));
            err.flush();
            return ExitCodes.of(p.kind());
        }
        if (oom != null) {
            err.println("passages: out of memory (" + Sanitize.oneLine(oom.getMessage()) + "; the limit was "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB); give more with, for example,"
                    + " PASSAGES_HEAP=4g passages ...");
            err.flush();
            return ExitCodes.INTERNAL;
        }
        err.println("passages: internal error: " + Sanitize.oneLine(String.valueOf(e)) + (debug ? "" : " (run again with --debug for details)"));
        err.flush();
        return ExitCodes.INTERNAL;
    }

    /**
     * The stack trace of {@code e} and its causes, each message on one neutralised line: messages quote file
     * names, queries and arguments, whose line breaks must not split a line or forge one.
     */
    static void printTrace(Throwable e, PrintWriter err) {
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < 32; t = t.getCause()) {
            err.println((t == e ? "" : "Caused by: ") + Sanitize.oneLine(String.valueOf(t)));
            for (StackTraceElement frame : t.getStackTrace()) {
                err.println("\tat " + Sanitize.oneLine(frame.toString()));
            }
        }
        err.flush();
    }

    /** {@code e} or the first of its causes that is a {@code type}, or null. */
    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < 32; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static void listExitCodes(CommandLine cli) {
        cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCodes.helpList());
        cli.getSubcommands().values().forEach(Main::listExitCodes);
    }

    /** Makes the commands and gives each {@link Subcommand} the environment it runs in (tests pass their own). */
    record Factory(Environment env) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            K made = CommandLine.defaultFactory().create(cls);
            if (made instanceof Subcommand command) {
                command.env = env;
            }
            return made;
        }
    }

    /** The version from the jar's manifest, when there is one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"passages " + (v == null ? "(development build)" : v) + ", Lucene " + org.apache.lucene.util.Version.LATEST};
        }
    }
}
