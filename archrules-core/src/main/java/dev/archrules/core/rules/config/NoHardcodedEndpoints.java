package dev.archrules.core.rules.config;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import dev.archrules.core.conventions.Term;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.engine.SourceRule;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Violation;
import dev.archrules.core.engine.EndpointAllowList;
import dev.archrules.core.recognize.EndpointRecognizer;
import dev.archrules.core.recognize.OverridableSettings;
import dev.archrules.core.recognize.ReceivingParameters;
import dev.archrules.core.source.Prefilter;
import dev.archrules.core.source.SourceFacts;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * {@code config.no-hardcoded-endpoints} (C6): addresses of other systems come from configuration.
 * Reported in main code outside configuration classes (which includes {@code @ConfigurationProperties}
 * classes and their defaults): URLs with network schemes, {@code jdbc:}/{@code r2dbc:} URLs, texts that
 * are a {@code host:port} or an IPv4 address — in literals, concatenations and used constants — and in
 * {@code @Value}, {@code @FeignClient(url)}, {@code @Client}, {@code @RegisterRestClient(baseUri)} and
 * {@code @HttpExchange} values. Not reported: namespace URIs (also as the {@code xmlns} or {@code schemaLocation}
 * attribute of a document the code writes, and XML schemas and DTDs: {@code …/graphml.xsd}), the URL in the comment of a
 * {@code User-Agent} product ({@code "Crawler/" + version + " (https://…)"}), the usage text a command-line tool's
 * {@code main} or usage method prints, public platform endpoints and other
 * {@link EndpointAllowList} entries, RFC 5737 addresses, loopback addresses without
 * a port, hosts completed at run time, OID-shaped texts, placeholder URLs with a run of {@code x}
 * ({@code …/services/xxx/xxxx}), documentation sites ({@code docs.…}, {@code go2docs.…}, no port) and the value of a JSON
 * {@code "$schema"}, {@code "$id"} or {@code "@context"} key ({@link EndpointRecognizer}); links to documentation and help —
 * a text handed to a parameter named for them ({@code linkToDocs}, {@code learnMoreLink}: {@link #isDocumentationArgument})
 * or to a documentation type ({@code ExternalDocumentation.setUrl}, an OpenAPI {@code License}: {@link #isDocumentationType})
 * or so named itself ({@code HELP_COMMUNITY}: {@link #namesDocumentation}); links in Javadoc,
 * comments and other annotations; messages of exceptions, log, precondition and assertion calls; texts only
 * compared with another ({@code "127.0.0.1".equals(host)}, {@code values.contains(CATEGORY_URI)}); texts bound
 * to a name that makes them an identifier or documentation ({@code $schema}, {@code namespace},
 * {@code SOAPAction}, {@code helpText}, {@code DESCRIPTION}); the namespace-style id of a factory a registry is asked for
 * ({@code getDestinationFactory("http://…/transports/http/configuration")}: {@link #isFactoryId}) and prose that mentions a URL (four words or
 * more: a link shown to people); a comment line of a script or page the class writes out
 * ({@code "  // http://localhost:8088/cluster/scheduler?openQueues=q1#q2"}, {@link #isCommentLine}); defaults of settings users override
 * ({@link OverridableSettings}: the initial value of a settable field, a constant a constructor stores in
 * one, a property descriptor's default, the fallback of a configuration look-up such as {@code orElse(BASE_URL)}, the
 * default handed to a settings look-up after its key, {@code CommonVars.apply("linkis.discovery.server-address", "http://…")},
 * the value a configuration form offers, {@code new TextField(key, label, "127.0.0.1:9092", help)} or a text in a
 * component's {@code defaultConfiguration()}; a loopback address with a port named as a default,
 * {@code DEFAULT_MANAGEMENT_URL = "http://localhost:3000"}, the development default used until the setting is configured,
 * {@link OverridableSettings#isNamedDefault});
 * placeholders ({@code ${…}}); and test code (not imported by default).
 */
public final class NoHardcodedEndpoints extends SourceRule {

    public static final String ID = "config.no-hardcoded-endpoints";

    /**
     * Names that make a URL an identifier or documentation: a JSON {@code $schema} id, an XML namespace (also written
     * {@code CONFIG_NS}, {@code configNs}), a SOAP action URI, a help, description or label text.
     */
    private static final Pattern IDENTIFIER_OR_DOCUMENTATION = Pattern.compile(
            "(?i)[$_]?(\\w*schema(_?location|_?id)?|\\w*namespace(_?uri)?|\\w*_ns(_?uri)?|(?-i:\\w*[a-z]Ns)|xmlns\\w*|soap_?action"
                    + "|\\w*(help|description|desc|hint|tooltip"
                    + "|label|title|doc|documentation|message|msg)s?|text|\\w*_text|(?-i:\\w*[a-z]Text))");

    /**
     * Calls and constructors that take an XML namespace URI: {@code new QName(uri, local)}, {@code new Namespace(uri)},
     * {@code Namespace.getNamespace(prefix, uri)}, the DOM's {@code …NS} methods ({@code createElementNS},
     * {@code getAttributeNS}).
     */
    private static final Pattern NAMESPACE_CALLEE = Pattern.compile("(?i:\\w*(namespace|qname)\\w*)|\\w+NS");



    /** Calls that print a text to the console: {@code System.out.println}, {@code printf}, a console helper's {@code out(…)}. */
    private static final Pattern PRINT_CALLEE = Pattern.compile("print|println|printf|out|err");
    /** The members that print a command-line tool's usage: its {@code main}, a {@code usage()} or {@code printHelp()}. */
    private static final Pattern USAGE_MEMBER = Pattern.compile("main|(?i:\\w*(usage|help)\\w*)");

    /**
     * A command-line tool's usage text: a text its {@code main} or usage method prints
     * ({@code System.out.println("-- baseUrl: Example http://localhost:8080/api/orders")}). Shown to a person, the
     * address is an example of an argument; the tool takes the real one from its arguments. A default it falls back to is
     * no print and stays reported.
     */
    private static boolean isUsageText(Resolved text) {
        return text.argument() != null && PRINT_CALLEE.matcher(text.argument().callee()).matches()
                && USAGE_MEMBER.matcher(text.member()).matches();
    }

    /**
     * A comment line of code the class writes out — a script, a style sheet or a page it emits line by line
     * ({@code "  // http://localhost:8088/cluster/scheduler?openQueues=q1#q2"}, {@code "/* see http://… *\/"},
     * {@code "<!-- … -->"}): the text starts with a comment marker ({@code //} followed by a space, so a protocol-relative
     * {@code //cdn.…} is no comment) and holds nothing after the comment ends, no second line for {@code //}. The URL in it
     * documents the code; nothing connects to it. A script line that calls an address is code and stays reported.
     */
    static boolean isCommentLine(String text) {
        String line = text.strip();
        if (line.startsWith("//")) {
            return line.length() > 2 && Character.isWhitespace(line.charAt(2)) && line.indexOf('\n') < 0;
        }
        if (line.startsWith("/*")) {
            int end = line.indexOf("*/");
            return end < 0 || end == line.length() - 2;
        }
        if (line.startsWith("<!--")) {
            int end = line.indexOf("-->");
            return end < 0 || end == line.length() - 3;
        }
        return false;
    }

    /** The words, {@code _}-separated in lower case, that make a name a documentation link. */
    private static final Pattern DOCUMENTATION_WORD = Pattern.compile("(?:^|_)(?:help|docs|documentation|manual|learn_more)(?:_|$)");

    /**
     * Whether a name makes the text it names a link to documentation or help for people: one of its words is {@code help},
     * {@code docs}, {@code documentation} or {@code manual}, or it says "learn more" ({@code HELP_COMMUNITY},
     * {@code linkToDocs}, {@code learnMoreLink}, {@code documentationUrl}). {@code doc} alone may be a document and
     * {@code helpdesk} a ticket system: neither is such a word.
     */
    static boolean namesDocumentation(String name) {
        String words = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        return DOCUMENTATION_WORD.matcher(words).find();
    }

    /**
     * Whether the text is handed to a parameter that {@linkplain #namesDocumentation names a documentation link} — the link
     * of a plugin's descriptor ({@code super("Format string", "https://…", "Format string")} for
     * {@code PluginDescriptor(String name, String linkToDocs, String humanName)}), the "learn more" link of a catalogue entry
     * ({@code ServiceCatalog.entry(name, description, learnMoreLink)}); read from the callee's class
     * file ({@link ReceivingParameters}). The page is shown to people; nothing connects to it.
     */
    private static boolean isDocumentationArgument(JavaClass javaClass, Resolved text) {
        return ReceivingParameters.of(javaClass, text.line(), text.value()).stream().anyMatch(NoHardcodedEndpoints::namesDocumentation)
                || ReceivingParameters.receivingTypes(javaClass, text.line(), text.value()).stream()
                        .anyMatch(NoHardcodedEndpoints::isDocumentationType);
    }

    /** The packages of the API-description models: Swagger/OpenAPI, springfox, springdoc, MicroProfile and SmallRye OpenAPI. */
    private static final List<String> API_DESCRIPTION_PACKAGES = List.of(
            "io.swagger.", "springfox.documentation.", "org.springdoc.", "org.eclipse.microprofile.openapi.", "io.smallrye.openapi.");
    /** The types of an API description whose links point people at the API's owner and terms, not at the API itself. */
    private static final Set<String> API_DESCRIPTION_LINK_HOLDERS = Set.of("License", "Contact", "Info", "ApiInfo", "ApiInfoBuilder");

    /**
     * Whether a text handed to a method or constructor of {@code type} is documentation: the type is named for
     * documentation — the last word of its simple name is {@linkplain #namesDocumentation such a word}, as in OpenAPI's
     * {@code ExternalDocumentation} ({@code extDoc.setUrl("https://…/reference-guide.html#domains")}) or Swagger 2's
     * {@code ExternalDocs} — or it is the licence, contact or info object of an API-description model (OpenAPI's
     * {@code License.url(…)}, {@code Contact.url(…)}, springfox's {@code ApiInfoBuilder.termsOfServiceUrl(…)}). The
     * document is read by people; the server never calls the link. The API description's {@code Server} (where "try it
     * out" sends requests) and any type merely containing such a word ({@code DocsClient}) are not documentation.
     */
    static boolean isDocumentationType(JavaClass type) {
        String simpleName = type.getSimpleName();
        String[] words = simpleName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").split("_");
        if (words.length > 0 && namesDocumentation(words[words.length - 1])) {
            return true;
        }
        String name = type.getName();
        return API_DESCRIPTION_LINK_HOLDERS.contains(simpleName) && API_DESCRIPTION_PACKAGES.stream().anyMatch(name::startsWith);
    }

    /**
     * Calls that look a registered factory up by its id: {@code getDestinationFactory(ns)}, {@code getBindingFactory(ns)}
     * ({@link #isFactoryId}).
     */
    private static final Pattern FACTORY_LOOKUP_CALLEE = Pattern.compile("(get|lookup|find)\\w*Factory");
    /** A URL that is a namespace-style identifier: an {@code http(s)} scheme, a host without a port, a path, no query. */
    private static final Pattern IDENTIFIER_URL = Pattern.compile("https?://[\\w.-]+/[\\w./-]+");

    /**
     * Whether the text is the id of a factory a registry is asked for: the only argument of a factory look-up
     * ({@code dfm.getDestinationFactory("http://cxf.apache.org/transports/http/configuration")}), and a namespace-style URL
     * (host, path, no port, no query). Frameworks register their transports and bindings under such ids; configuring
     * one would break the look-up, nothing connects to it. A URL with a port or a query handed to a factory stays
     * reported.
     */
    private static boolean isFactoryId(Resolved text) {
        return text.argument() != null && !text.argument().creation() && text.argument().count() == 1
                && FACTORY_LOOKUP_CALLEE.matcher(text.argument().callee()).matches()
                && IDENTIFIER_URL.matcher(text.value()).matches();
    }

    /**
     * Whether a text whose endpoint is a loopback address takes it from a value named as a default
     * ({@link OverridableSettings#isNamedDefault}): the text is that constant or is bound to such a name, or it is a
     * concatenation that starts with such a constant ({@code DEFAULT_MANAGEMENT_URL + managementUri + token}, the link an
     * e-mail carries while the management URL is not configured). {@code concatenated}: the constants used in the class's
     * concatenations ({@link #constantsInConcatenations}).
     */
    private static boolean isLoopbackDefault(Resolved text, List<Resolved> concatenated) {
        return OverridableSettings.isNamedDefault(text)
                || concatenated.stream().anyMatch(constant -> constant.line() == text.line() && Objects.equals(constant.member(), text.member())
                        && text.value().startsWith(constant.value()) && OverridableSettings.isNamedDefault(constant));
    }

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
        String who = roleOrClass(javaClass, context) + " <" + javaClass.getName() + ">";
        String hint = "move the address into configuration and inject it into " + Locations.simpleName(javaClass);
        List<Resolved> concatenated = null;
        for (Resolved text : texts(javaClass, context)) {
            if (text.message() || text.compared() || SourceFacts.isProse(text.value()) || isCommentLine(text.value())
                    || text.boundName() != null && IDENTIFIER_OR_DOCUMENTATION.matcher(text.boundName()).matches()
                    || text.argument() != null && NAMESPACE_CALLEE.matcher(text.argument().callee()).matches()
                    || isUsageText(text) || isFactoryId(text)
                    || text.boundName() != null && namesDocumentation(text.boundName())
                    || OverridableSettings.isDefault(javaClass, text)) {
                continue;
            }
            Optional<String> found = EndpointRecognizer.find(text.value(), context.allowedEndpoints());
            if (found.isEmpty() || isDocumentationArgument(javaClass, text)) {
                continue;
            }
            if (EndpointRecognizer.namesLoopback(found.get())) {
                concatenated = concatenated != null ? concatenated : constantsInConcatenations(javaClass, context);
                if (isLoopbackDefault(text, concatenated)) {
                    continue;
                }
            }
            String endpoint = found.get();
            violations.accept(newViolation(key(javaClass, text.member(), endpoint),
                    who + " hard-codes endpoint \"" + excerpt(endpoint) + "\" " + where(text.member(), text.constant()),
                    location(javaClass, text.line()), hint));
        }
        forEachAnnotation(javaClass, (annotation, member) -> {
            if (!context.conventions().names(Term.ENDPOINT_VALUE_ANNOTATIONS).contains(annotation.getRawType().getName())) {
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
