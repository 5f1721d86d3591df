package dev.archrules.cli;

import dev.archrules.core.baseline.BaselineMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Optional;

/**
 * {@code archrules baseline init|prune|accept [PATH…]}: the explicit baseline modes, without code
 * changes. Each runs the checklist like {@code check} (same options) and then writes the baseline file
 * (default {@code src/test/resources/archrules-baseline.txt} in the project), printing what it added,
 * changed or removed.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Creates or updates the baseline of accepted violations.",
        subcommands = {BaselineCommand.Init.class, BaselineCommand.Prune.class, BaselineCommand.Accept.class})
final class BaselineCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say which: init, prune or accept");
    }

    @Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Creates the baseline from today's violations (refuses to overwrite an existing file).")
    static final class Init extends CheckCommand {
        @Override
        Optional<BaselineMode> mode() {
            return Optional.of(BaselineMode.INIT);
        }

        @Override
        boolean requiresBaseline() {
            return true;
        }
    }

    @Command(name = "prune", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Removes fixed entries and lowers counts; never adds.")
    static final class Prune extends CheckCommand {
        @Override
        Optional<BaselineMode> mode() {
            return Optional.of(BaselineMode.PRUNE);
        }

        @Override
        boolean requiresBaseline() {
            return true;
        }
    }

    @Command(name = "accept", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Adds today's new violations to the baseline on purpose and prints what it added.")
    static final class Accept extends CheckCommand {
        @Override
        Optional<BaselineMode> mode() {
            return Optional.of(BaselineMode.ACCEPT);
        }

        @Override
        boolean requiresBaseline() {
            return true;
        }
    }
}
