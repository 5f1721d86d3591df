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
import dev.archrules.core.recognize.EndpointRecognizer;
import dev.archrules.core.conventions.Term;
import dev.archrules.core.source.Prefilter;
import dev.archrules.core.source.SourceFacts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@code config.no-hardcoded-credentials} (C6): secrets never live in code. Reported in every class of the
 * code base, configuration included: literals (and used constants) bound to a name like password,
 * secret, token, apiKey or credentials; URLs with {@code user:password@}; connection strings with
 * {@code password=}. Values are shown as {@code ****} in every output ({@link Masking}) and keys carry a
 * fingerprint of the masked value only, so neither reports nor baselines repeat the secret. Not reported: empty values, placeholders ({@code ${…}}), values containing white
 * space (messages) or a credential word themselves ({@code "X-Api-Key"}), regular expressions ({@code "([" + nameChars
 * + "]|" + SURROGATE_PAIR + ")+"}, the XML name-token pattern of a query parser), and names that describe a credential
 * rather than hold one ({@code TOKEN_HEADER}, {@code passwordPolicy}; a name whose last credential word is followed by
 * its type, a quantity or a name: {@code TOKEN_TYPE_FULL_PREC}, a text-analysis token type, and
 * {@code THRESHOLD_TOKEN_FREQUENCY}, a parameter name), values that spell the name they are bound to after a namespace
 * (an enumeration's key: {@code USERS_PASSWORDCHANGE = "users:passwordchange"}, a permission; {@code USER_PASSWORD_UPDATE
 * = "server:user_password:update"}, an audit event type; the name has two words or more), and the password a method
 * hands an embedded database whose every
 * database URL in that method names no server ({@code "jdbc:derby:" + home + "/data;create=true"}, the store of a
 * standalone mode: the password guards nothing another process could reach).
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
    static final Prefilter PREFILTER = CredentialPrefilter.of(Term.CREDENTIAL_ARGUMENTS.builtIn());

    /**
     * The pre-filter with the calls of the credential parameters of a run ({@link Term#CREDENTIAL_ARGUMENTS}): a text passed
     * to a call of such a name may be a finding whatever its value. A record, so that runs with equal conventions share
     * admission verdicts.
     */
    record CredentialPrefilter(Set<String> callees) implements Prefilter {

        static CredentialPrefilter of(Collection<String> entries) {
            return new CredentialPrefilter(entries.stream().map(Credentials.Parameter::parse).map(Credentials.Parameter::callee)
                    .collect(Collectors.toUnmodifiableSet()));
        }

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

        @Override
        public boolean admitsArgumentOf(String callName) {
            return callees.contains(callName);
        }
    }

    @Override
    protected Optional<Prefilter> prefilter() {
        return Optional.of(PREFILTER);
    }

    @Override
    protected Optional<Prefilter> prefilter(RuleContext context) {
        Set<String> entries = context.conventions().names(Term.CREDENTIAL_ARGUMENTS);
        return Optional.of(entries.equals(Term.CREDENTIAL_ARGUMENTS.builtIn()) ? PREFILTER : CredentialPrefilter.of(entries));
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
        List<Credentials.Parameter> parameters = null;
        Set<String> embedded = membersOpeningOnlyEmbeddedDatabases(texts);
        for (Resolved text : texts) {
            if (embedded.contains(text.member()) && isDatabaseLogin(text)) {
                continue;
            }
            Optional<Credentials.Found> found = Credentials.find(text.value(), text.boundName());
            if (found.isPresent()) {
                violations.accept(newViolation(key(javaClass, text.member(), found.get().name() + "=" + Masking.keyValue(found.get().value())),
                        who + " hard-codes a credential " + where(text.member(), text.constant()) + ": "
                                + found.get().name() + " = \"" + Masking.MASK + "\"",
                        location(javaClass, text.line()),
                        "read " + found.get().name() + " from the environment or a secret store in " + Locations.simpleName(javaClass)
                                + ", and rotate the exposed value"));
            } else if (text.argument() != null && Credentials.isArgumentValue(text.value())) {
                if (parameters == null) {
                    parameters = context.conventions().names(Term.CREDENTIAL_ARGUMENTS).stream().map(Credentials.Parameter::parse).toList();
                }
                credentialParameter(javaClass, text, parameters, context).ifPresent(parameter -> violations.accept(newViolation(
                        key(javaClass, text.member(), parameter.describe() + "=" + Masking.keyValue(text.value())),
                        who + " hard-codes a credential " + where(text.member(), text.constant()) + ": "
                                + parameter.describe() + " = \"" + Masking.MASK + "\"",
                        location(javaClass, text.line()),
                        "pass " + parameter.describe() + " a value read from the environment or a secret store in "
                                + Locations.simpleName(javaClass) + ", and rotate the exposed value")));
            }
        }
    }

    /**
     * The members that build a database URL and whose every database URL names an in-process or file database
     * ({@code "jdbc:derby:" + home + "/data;create=true"}, {@code jdbc:h2:mem:cache}): the user and password such a
     * member hands the embedded driver — the store of a server's standalone mode, created under its own home — guard
     * nothing another process could reach, so they are no secret to move out of the code. A member that also names a
     * database server ({@code jdbc:derby://…}) is checked as usual.
     */
    private static Set<String> membersOpeningOnlyEmbeddedDatabases(List<Resolved> texts) {
        Set<String> embedded = new HashSet<>();
        Set<String> servers = new HashSet<>();
        for (Resolved text : texts) {
            if (EndpointRecognizer.namesInProcessDatabase(text.value())) {
                embedded.add(text.member());
            } else if (text.value().matches("(?is).*\\b(?:jdbc|r2dbc):[a-z0-9]+:.*")) {
                servers.add(text.member());
            }
        }
        embedded.removeAll(servers);
        return embedded;
    }

    /** Whether {@code text} is a user's password, by its name or as an argument of a JDBC connection or data source. */
    private static boolean isDatabaseLogin(Resolved text) {
        String name = text.boundName() == null ? "" : text.boundName().toLowerCase(Locale.ROOT);
        return name.contains("pass") || name.contains("pwd")
                || text.argument() != null && Set.of("getConnection", "DriverManagerDataSource", "SimpleDriverDataSource").contains(text.argument().callee());
    }

    /** Lines a call's arguments may run on below the line the bytecode gives the call ({@code new}, or the parenthesis). */
    private static final int MAX_ARGUMENT_LINES = 20;

    /**
     * The credential parameter {@code text} is passed to, if any: a parameter of the catalogue at the text's position,
     * whose call the class makes (by name, arity and owner type, subtypes included) at or a few lines above the text.
     */
    private static Optional<Credentials.Parameter> credentialParameter(JavaClass javaClass, Resolved text,
                                                                       List<Credentials.Parameter> parameters, RuleContext context) {
        SourceFacts.Argument argument = text.argument();
        for (Credentials.Parameter parameter : parameters) {
            if (parameter.constructor() != argument.creation() || !parameter.callee().equals(argument.callee())
                    || !parameter.isAt(argument.index(), argument.count())) {
                continue;
            }
            boolean called = javaClass.getCodeUnitCallsFromSelf().stream().anyMatch(call -> call.getName().equals(parameter.method())
                    && call.getTarget().getRawParameterTypes().size() == argument.count()
                    && text.line() >= call.getLineNumber() && text.line() - call.getLineNumber() <= MAX_ARGUMENT_LINES
                    && context.isAssignableTo(call.getTargetOwner(), parameter.owner()));
            if (called) {
                return Optional.of(parameter);
            }
        }
        return Optional.empty();
    }
}
