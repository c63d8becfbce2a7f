package dev.passages.cli;

import dev.passages.PassagesException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;

/** Entry point: the {@code passages} command and its subcommands; maps every failure to one line and an exit code. */
@Command(name = "passages",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Search news articles paragraph by paragraph: ranked passages with their article, date and speakers.",
        subcommands = {SearchCommand.class, IndexCommand.class, SpeakersCommand.class, AttributeCommand.class,
            SimilarCommand.class, AcronymsCommand.class, CheckCommand.class, CompletionCommand.class, WarmupCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
            "  passages search \"TTP hideouts\"",
            "  passages index corpus/",
            "  passages search refugees --from 2023-11 --format json",
            "  passages search --speaker Ashrafi",
            "  passages speakers",
            "  passages attribute corpus/000_13c3e290747b6afd.txt",
        })
public final class Main implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: search, index, speakers, attribute or check");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), Environment.system()));
    }

    /** Runs one command line; output goes to {@code out}, messages to {@code err}. Returns the exit code. */
    static int run(String[] args, PrintWriter out, PrintWriter err, Environment env) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine cli = new CommandLine(new Main(), new Factory(env));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        listExitCodes(cli);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("passages: " + e.getMessage());
            CommandLine sub = e.getCommandLine();
            err.println("Try '" + sub.getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (debug) {
                e.printStackTrace(err);
            }
            if (e instanceof PassagesException p) {
                err.println("passages: " + p.getMessage());
                err.flush();
                return ExitCodes.of(p.kind());
            }
            err.println("passages: internal error: " + e + (debug ? "" : " (run again with --debug for details)"));
            err.flush();
            return ExitCodes.INTERNAL;
        });
        return cli.execute(args);
    }

    private static void listExitCodes(CommandLine cli) {
        cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCodes.helpList());
        cli.getSubcommands().values().forEach(Main::listExitCodes);
    }

    /** Gives commands the environment they run in (tests pass their own). */
    record Factory(Environment env) implements CommandLine.IFactory {
        private static final Map<Class<?>, Function<Environment, Object>> NEEDS_ENVIRONMENT = Map.of(
                SearchCommand.class, SearchCommand::new,
                IndexCommand.class, IndexCommand::new,
                SpeakersCommand.class, SpeakersCommand::new,
                SimilarCommand.class, SimilarCommand::new,
                AcronymsCommand.class, AcronymsCommand::new,
                CheckCommand.class, CheckCommand::new);

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            Function<Environment, Object> make = NEEDS_ENVIRONMENT.get(cls);
            return make != null ? cls.cast(make.apply(env)) : CommandLine.defaultFactory().create(cls);
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
