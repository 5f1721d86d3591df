package dev.archrules.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * The {@code archrules} command: audit a compiled code base against the backend coupling checklist
 * ({@code check}), manage the baseline ({@code baseline init|prune|accept}), list the rules ({@code rules}).
 *
 * <p>Exit codes: 0 no new violations, 1 new violations, 2 bad usage or input (with a one-line message
 * that says what to do; {@code --debug} adds the stack trace).
 */
@Command(name = "archrules",
        mixinStandardHelpOptions = true,
        versionProvider = Archrules.Version.class,
        description = "Checks compiled Java code against the backend coupling checklist and manages the baseline.",
        subcommands = {CheckCommand.class, BaselineCommand.class, RulesCommand.class, CommandLine.HelpCommand.class})
public final class Archrules implements Runnable {

    static final int OK = 0;
    static final int VIOLATIONS = 1;
    static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // the report already says which rules had nothing to check; keep the per-rule INFO log of the test path off stderr
        java.util.logging.Logger.getLogger("dev.archrules").setLevel(java.util.logging.Level.WARNING);
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command with the given streams and returns the exit code (for tests and embedding). */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Archrules());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            boolean debug = parseResult.hasMatchedOption("--debug")
                    || parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--debug");
            line.getErr().println("archrules: " + describe(exception));
            if (debug) {
                exception.printStackTrace(line.getErr());
            }
            return BAD_INPUT;
        });
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            CommandLine failed = exception.getCommandLine();
            failed.getErr().println("archrules: " + exception.getMessage());
            failed.getErr().println("Run '" + failed.getCommandSpec().qualifiedName() + " --help' for the options.");
            return BAD_INPUT;
        });
        return commandLine.execute(args);
    }

    private static String describe(Exception exception) {
        String message = exception.getMessage();
        if (exception instanceof dev.archrules.core.baseline.BaselineException baseline) {
            // one line: the problems, each with file:line, after the headline
            return String.join("; ", baseline.problems().stream().map(String::strip).toList()) + " (" + baseline.headline() + ")";
        }
        if (exception instanceof BadInputException || exception instanceof IllegalArgumentException
                || exception instanceof IllegalStateException) {
            return message;
        }
        return exception.getClass().getSimpleName() + (message == null ? "" : ": " + message)
                + " (run with --debug for details)";
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Archrules.class.getPackage().getImplementationVersion();
            return new String[]{"archrules " + (version == null ? "(development build)" : version)};
        }
    }
}
