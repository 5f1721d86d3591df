package dev.archrules.core.rules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Violation;
import dev.archrules.core.source.Prefilter;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code config.no-hardcoded-endpoints} (C6): addresses of other systems come from configuration.
 * Reported in main code outside configuration classes (which includes {@code @ConfigurationProperties}
 * classes and their defaults): URLs with network schemes, {@code jdbc:}/{@code r2dbc:} URLs, texts that
 * are a {@code host:port} or an IPv4 address — in literals, concatenations and used constants — and in
 * {@code @Value}, {@code @FeignClient(url)}, {@code @Client}, {@code @RegisterRestClient(baseUri)} and
 * {@code @HttpExchange} values. Not reported: namespace URIs and other {@link EndpointAllowList} entries,
 * RFC 5737 addresses, links in Javadoc, comments and other annotations, messages of exceptions and log
 * calls, placeholders ({@code ${…}}), and test code (not imported by default).
 */
public final class NoHardcodedEndpoints extends SourceRule {

    public static final String ID = "config.no-hardcoded-endpoints";

    private static final Set<String> ENDPOINT_ANNOTATIONS = Set.of(
            "org.springframework.beans.factory.annotation.Value",
            "io.micronaut.context.annotation.Value",
            "org.springframework.cloud.openfeign.FeignClient",
            "io.micronaut.http.client.annotation.Client",
            "org.eclipse.microprofile.rest.client.inject.RegisterRestClient",
            "org.springframework.web.service.annotation.HttpExchange");

    public NoHardcodedEndpoints() {
        super(new RuleInfo(ID, ChecklistItem.C6,
                "endpoints should come from configuration, not from code",
                "a hard-coded URL, host or JDBC URL ties the build to one environment and needs a release to change",
                "read the address from configuration (@ConfigurationProperties, @Value(\"${…}\"), the environment) and inject it"));
    }

    /** Texts with a URL scheme separator, a database URL prefix or an address; see {@link EndpointRecognizer#mayContain}. */
    static final Prefilter PREFILTER = EndpointRecognizer::mayContain;

    @Override
    protected Optional<Prefilter> prefilter() {
        return Optional.of(PREFILTER);
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return DescribedPredicate.describe("classes other than configuration", javaClass -> !context.hasRole(javaClass, Role.CONFIGURATION));
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        String who = Locations.roleOrClass(context.roleOf(javaClass)) + " <" + javaClass.getName() + ">";
        String hint = "move the address into configuration and inject it into " + Locations.simpleName(javaClass);
        for (Resolved text : texts(javaClass, context)) {
            if (text.message()) {
                continue;
            }
            EndpointRecognizer.find(text.value(), context.allowedEndpoints()).ifPresent(endpoint ->
                    violations.accept(newViolation(key(javaClass, text.member(), endpoint),
                            who + " hard-codes endpoint \"" + excerpt(endpoint) + "\" " + where(text.member(), text.constant()),
                            location(javaClass, text.line()), hint)));
        }
        forEachAnnotation(javaClass, (annotation, member) -> {
            if (!ENDPOINT_ANNOTATIONS.contains(annotation.getRawType().getName())) {
                return;
            }
            for (String value : strings(annotation, Set.of())) {
                if (value.startsWith("${") || value.startsWith("#{")) {
                    continue;
                }
                EndpointRecognizer.find(value, context.allowedEndpoints()).ifPresent(endpoint ->
                        violations.accept(newViolation(key(javaClass, memberName(member), endpoint),
                                who + " hard-codes endpoint \"" + excerpt(endpoint) + "\" in @" + annotation.getRawType().getSimpleName()
                                        + " on " + memberLabel(memberName(member)),
                                location(javaClass, member), hint)));
            }
        });
    }
}
