package dev.archrules.cli;

import dev.archrules.core.rules.ChecklistRule;
import dev.archrules.core.rules.CoreRules;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code archrules rules}: the catalogue of rules with id, checklist item and what each demands. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Lists the rules: id, checklist item and what each one demands.")
final class RulesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (ChecklistRule rule : CoreRules.all()) {
            spec.commandLine().getOut().printf("%-50s %-4s %s%n", rule.id(), rule.item(), rule.title());
        }
        return Archrules.OK;
    }
}
