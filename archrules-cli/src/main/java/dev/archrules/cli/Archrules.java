package dev.archrules.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@code archrules} command: audit a compiled code base against the backend coupling checklist
 * ({@code check}), manage the baseline ({@code baseline init|prune|accept}), list the rules ({@code rules}).
 *
 * <p>Exit codes: 0 no new violations, 1 new violations, 2 bad usage or input, or a file the command could not read or
 * write (with a one-line message that names it and says what to do; {@code --debug} adds the stack trace), 3 an internal
 * error (an unexpected exception or {@code OutOfMemoryError}: one line, the stack trace only with {@code --debug}).
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
    static final int INTERNAL_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // the report already says which rules had nothing to check; keep the per-rule INFO log of the test path off stderr
        java.util.logging.Logger.getLogger("dev.archrules").setLevel(java.util.logging.Level.WARNING);
        PrintWriter err = new PrintWriter(System.err, true);
        boolean debug = debug(args);
        // a worker thread that dies (e.g. out of memory while parsing sources) says so in one line, like the main thread
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> internalError(failure, "thread " + thread.getName(), debug, err));
        System.exit(run(args, new PrintWriter(System.out, true), err));
    }

    /**
     * Runs the command with the given streams and returns the exit code (for tests and embedding): 0, 1 or 2 as the
     * command decides, 3 for anything unexpected (an exception archrules did not anticipate, an {@code OutOfMemoryError}),
     * never the code of "violations found" for a failure.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        newRun();
        boolean debug = debug(args);
        CommandLine commandLine = new CommandLine(new Archrules());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            if (!isBadInput(exception)) {
                return internalError(exception, "'" + commandName(parseResult) + "'", debug, line.getErr());
            }
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
        try {
            return commandLine.execute(args);
        } catch (Throwable failure) { // errors (OutOfMemoryError, StackOverflowError) pass picocli's handler
            return internalError(failure, "'archrules " + String.join(" ", subcommands(args)) + "'", debug, err);
        } finally {
            err.flush();
            out.flush();
        }
    }

    /** Whether {@code --debug} was given, to any (sub)command. */
    static boolean debug(String[] args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (arg.equals("--debug")) {
                return true;
            }
        }
        return false;
    }

    /** The failures the command anticipates: bad input or an environment it cannot work in, each with a message that says what. */
    private static boolean isBadInput(Exception exception) {
        return exception instanceof BadInputException || exception instanceof dev.archrules.core.baseline.BaselineException
                || exception instanceof IllegalArgumentException || exception instanceof IllegalStateException
                || exception instanceof java.io.UncheckedIOException;
    }

    /** Whether this run has printed its internal error: a run that fails says so once. */
    private static final AtomicBoolean INTERNAL_ERROR_PRINTED = new AtomicBoolean();

    /** Starts a run: no internal error printed yet. */
    static void newRun() {
        INTERNAL_ERROR_PRINTED.set(false);
    }

    /**
     * Prints the one line of an internal error (the stack trace only with {@code --debug}) and returns {@link #INTERNAL_ERROR};
     * only the first of a run is printed — out of memory, the progress thread and the main thread fail together, and
     * the run has one failure to tell.
     */
    static int internalError(Throwable failure, String where, boolean debug, PrintWriter err) {
        if (!INTERNAL_ERROR_PRINTED.compareAndSet(false, true)) {
            return INTERNAL_ERROR;
        }
        String message = failure.getMessage() == null ? "" : ": " + failure.getMessage().lines().findFirst().orElse("");
        String advice = outOfMemory(failure)
                ? "; the JVM ran out of memory: give it more (java -Xmx4g -jar archrules.jar …) or audit less at once" : "";
        err.println("archrules: internal error in " + where + ": " + failure.getClass().getName() + message + advice
                + (debug ? "" : " — run with --debug for the stack trace"));
        if (debug) {
            failure.printStackTrace(err);
        }
        err.flush();
        return INTERNAL_ERROR;
    }

    private static boolean outOfMemory(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    private static String commandName(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult last = parseResult;
        while (last.subcommand() != null) {
            last = last.subcommand();
        }
        return last.commandSpec().qualifiedName();
    }

    private static java.util.List<String> subcommands(String[] args) {
        return java.util.Arrays.stream(args).takeWhile(arg -> !arg.startsWith("-") && java.util.Set.of("check", "baseline", "init",
                "prune", "accept", "rules").contains(arg)).toList();
    }

    private static String describe(Exception exception) {
        String message = exception.getMessage();
        if (exception instanceof dev.archrules.core.baseline.BaselineException baseline) {
            // one line: the problems, each with file:line, after the headline
            return String.join("; ", baseline.problems().stream().map(String::strip).toList()) + " (" + baseline.headline() + ")";
        }
        return message == null ? exception.getClass().getSimpleName() : message;
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
