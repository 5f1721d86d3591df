package dev.archrules.core.rules.config;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.engine.SourceRule;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Masking;
import dev.archrules.core.model.Violation;
import dev.archrules.core.recognize.Credentials;
import dev.archrules.core.source.Prefilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code config.no-hardcoded-credentials} (C6): secrets never live in code. Reported in every class of the
 * code base, configuration included: literals (and used constants) bound to a name like password,
 * secret, token, apiKey or credentials; URLs with {@code user:password@}; connection strings with
 * {@code password=}. Values are shown as {@code ****} in every output ({@link Masking}) and keys carry a
 * fingerprint of the masked value only, so neither reports nor baselines repeat the secret. Not reported: empty values, placeholders ({@code ${…}}), values containing white
 * space (messages) or a credential word themselves ({@code "X-Api-Key"}), and names that describe a
 * credential rather than hold one ({@code TOKEN_HEADER}, {@code passwordPolicy}).
 */
public final class NoHardcodedCredentials extends SourceRule {

    public static final String ID = "config.no-hardcoded-credentials";

    public NoHardcodedCredentials() {
        super(new RuleInfo(ID, ChecklistItem.C6,
                "credentials should not be hard-coded",
                "a password, token or key in code is readable by everyone with the repository and cannot be rotated without a release",
                "load the secret from the environment or a secret store at run time, and rotate the exposed value"));
    }

    /**
     * Texts bound to a credential name (the names {@link Credentials#isCredentialBinding} accepts, as a
     * variable, field, setter property, key literal or constant name; a constant whose literal value is
     * known must be a credential by {@link Credentials#find}) and texts with a URL password or a
     * {@code password=} pair ({@link Credentials#mayContain}).
     */
    static final Prefilter PREFILTER = new Prefilter() {
        @Override
        public boolean admitsValue(String text) {
            return Credentials.mayContain(text);
        }

        @Override
        public boolean admitsBoundName(String name) {
            return Credentials.isCredentialBinding(name);
        }

        @Override
        public boolean admitsConstant(String name, String value) {
            return Credentials.find(value, name).isPresent();
        }
    };

    @Override
    protected Optional<Prefilter> prefilter() {
        return Optional.of(PREFILTER);
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return DescribedPredicate.describe("classes", javaClass -> true);
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        String who = roleOrClass(javaClass, context) + " <" + javaClass.getName() + ">";
        List<Resolved> texts = new ArrayList<>(texts(javaClass, context));
        texts.addAll(constantsInConcatenations(javaClass, context));
        for (Resolved text : texts) {
            Credentials.find(text.value(), text.boundName()).ifPresent(found -> {
                violations.accept(newViolation(key(javaClass, text.member(), found.name() + "=" + Masking.keyValue(found.value())),
                        who + " hard-codes a credential " + where(text.member(), text.constant()) + ": "
                                + found.name() + " = \"" + Masking.MASK + "\"",
                        location(javaClass, text.line()),
                        "read " + found.name() + " from the environment or a secret store in " + Locations.simpleName(javaClass)
                                + ", and rotate the exposed value"));
            });
        }
    }
}
