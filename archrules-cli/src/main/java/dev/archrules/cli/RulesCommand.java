package dev.archrules.cli;

import dev.archrules.core.engine.ChecklistRule;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.spring.rules.SpringRules;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code archrules rules}: the catalogue of rules with id, checklist item and what each demands. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Lists the rules: id, checklist item, preset (core, or spring which adds to core) and what each one demands.")
final class RulesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (ChecklistRule rule : CoreRules.all()) {
            spec.commandLine().getOut().printf("%-50s %-4s %-6s %s%n", rule.id(), rule.item(), "core", rule.title());
        }
        for (ChecklistRule rule : SpringRules.all()) {
            spec.commandLine().getOut().printf("%-50s %-4s %-6s %s%n", rule.id(), rule.item(), "spring", rule.title());
        }
        return Archrules.OK;
    }
}
