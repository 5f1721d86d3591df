package dev.archrules.benchmark;

import com.enofex.taikai.Taikai;
import com.enofex.taikai.TaikaiRule;
import com.tngtech.archunit.lang.ArchRule;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Contender (d): the rules of Taikai 1.60.0 that overlap archrules' checklist, for the code they apply to.
 * Each rule is built alone, so that it can be timed and counted alone, and keyed by a short id of ours
 * (Taikai rules have only a description).
 * <ul>
 *   <li>{@link #NEUTRAL} (plain Java, the synthetic backends): only {@code java().imports().shouldHaveNoCycles()}
 *       (C7, slices {@code <namespace>.(*)..}). Taikai's other rules that touch checklist items select classes
 *       by framework annotations ({@code @Service}, {@code @Path}, {@code @Autowired}, {@code @Inject}) and so
 *       check nothing on code without them; its generic rules ({@code noUsageOf}, {@code shouldNotImport})
 *       need the user to name the forbidden classes, which is writing the rule, not predefining it.</li>
 *   <li>{@link #JAKARTA} (keycloak, which runs on Quarkus and is written against {@code jakarta.ws.rs}):
 *       the cycle rule, and the two rules of Taikai's Quarkus section that overlap: {@code noInjectionFields()}
 *       ({@code @Inject} fields, C9) and {@code resources().shouldNotDependOnOtherResources()} ({@code @Path}
 *       classes, C10).</li>
 *   <li>{@link #SPRING} (Spring code): the five rules of the comparison in {@code examples/spring-shop-legacy}:
 *       {@code noAutowiredFields()}, {@code controllers().shouldNotDependOnOtherControllers()},
 *       {@code services().shouldNotDependOnControllers()}, {@code repositories().shouldNotDependOnServices()}
 *       and the cycle rule.</li>
 * </ul>
 * Building a {@link Taikai} sets ArchUnit's {@code archRule.failOnEmptyShould} to Taikai's {@code failOnEmpty}
 * (false by default) for the whole JVM, so its rules are evaluated here as Taikai's {@code check()} would.
 */
final class TaikaiRules {

    static final String NEUTRAL = "neutral";
    static final String JAKARTA = "jakarta";
    static final String SPRING = "spring";

    private TaikaiRules() {
    }

    /** The overlapping rules of the given set ({@link #NEUTRAL}, {@link #JAKARTA} or {@link #SPRING}) for {@code namespace}, by id. */
    static Map<String, ArchRule> overlapping(String set, String namespace) {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        switch (set) {
            case NEUTRAL -> {
            }
            case JAKARTA -> {
                rules.put("taikai.quarkus.no-injection-fields", only(namespace, taikai -> taikai.quarkus(quarkus -> quarkus.noInjectionFields())));
                rules.put("taikai.quarkus.resources-not-on-other-resources", only(namespace,
                        taikai -> taikai.quarkus(quarkus -> quarkus.resources(resources -> resources.shouldNotDependOnOtherResources()))));
            }
            case SPRING -> {
                rules.put("taikai.spring.no-autowired-fields", only(namespace, taikai -> taikai.spring(spring -> spring.noAutowiredFields())));
                rules.put("taikai.spring.controllers-not-on-controllers", only(namespace,
                        taikai -> taikai.spring(spring -> spring.controllers(controllers -> controllers.shouldNotDependOnOtherControllers()))));
                rules.put("taikai.spring.services-not-on-controllers", only(namespace,
                        taikai -> taikai.spring(spring -> spring.services(services -> services.shouldNotDependOnControllers()))));
                rules.put("taikai.spring.repositories-not-on-services", only(namespace,
                        taikai -> taikai.spring(spring -> spring.repositories(repositories -> repositories.shouldNotDependOnServices()))));
            }
            default -> throw new IllegalArgumentException("unknown Taikai rule set: " + set);
        }
        rules.put("taikai.java.no-cycles", only(namespace, taikai -> taikai.java(java -> java.imports(imports -> imports.shouldHaveNoCycles()))));
        return rules;
    }

    private static ArchRule only(String namespace, UnaryOperator<Taikai.Builder> configuration) {
        Taikai taikai = configuration.apply(Taikai.builder().namespace(namespace)).build();
        if (taikai.rules().size() != 1) {
            throw new IllegalStateException("expected one Taikai rule, got " + taikai.rules().size());
        }
        TaikaiRule rule = taikai.rules().iterator().next();
        return rule.archRule();
    }
}
