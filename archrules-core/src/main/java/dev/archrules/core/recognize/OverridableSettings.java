package dev.archrules.core.recognize;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaModifier;
import dev.archrules.core.conventions.Annotations;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.SourceRule;
import dev.archrules.core.source.SourceFacts;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Values that are the default of a setting users override through configuration: everything in a type bound
 * to configuration ({@code @ConfigurationProperties}, {@code @EachProperty}, {@code @ConfigMapping},
 * {@code @ConfigProperties}), the initializer of a settable field ({@code private URI url = …} with
 * {@code setUrl}, which {@code @Bean @ConfigurationProperties} binding calls), the initializer of a field a
 * constructor overwrites from its arguments ({@code apiUrl = config.get("api-url")}), a constant that
 * initializes such a field ({@code private URI url = DEFAULT_URI}), the value a setter stores in its field instead of
 * a blank or invalid one ({@code hubUrl = isValid(url) ? url : DEFAULT_HUB_URL}), the initializer of a field that holds a
 * configuration-property descriptor ({@code new ProviderConfigProperty(name, label, help, type, "https://…")}),
 * a text bound to a name like {@code defaultValue}, the fallback of a look-up of configuration
 * ({@code orElse(BASE_URL)}, {@code getOrDefault(key, URL)}, see {@link SourceRule#FALLBACKS}), the value a configuration
 * form offers (an argument of {@code new TextField(key, label, "127.0.0.1:9092", help)}, a text in a component's
 * {@code defaultConfiguration()}), and the default handed
 * to a settings look-up together with the setting's key ({@code CommonVars.apply("linkis.discovery.server-address",
 * "http://localhost:20303")}, {@code config.getString("registry.url", REGISTRY_URL)}). A default that configuration
 * replaces is externalised configuration, not a value hard-coded into behaviour.
 */
public final class OverridableSettings {

    /** Annotations (meta-annotations included) of types whose properties are bound from configuration. */
    static final Set<String> BINDING_ANNOTATIONS = Set.of(
            "org.springframework.boot.context.properties.ConfigurationProperties",
            "io.micronaut.context.annotation.ConfigurationProperties",
            "io.micronaut.context.annotation.EachProperty",
            "io.smallrye.config.ConfigMapping",
            "org.eclipse.microprofile.config.inject.ConfigProperties");

    /**
     * Types that describe a configuration property or one field of a configuration form, with its label, help text and
     * default value ({@code new ProviderConfigProperty(…)}, {@code new TextField(key, "Bootstrap servers", "127.0.0.1:9092",
     * "Comma separated …")}).
     */
    private static final Pattern DESCRIPTOR_TYPE = Pattern.compile("\\w*(Field|Property|PropertyDescriptor|Option|Setting)");
    /**
     * Members that build the default configuration a component offers its users to edit: {@code defaultConfiguration()},
     * {@code getDefaultConfig()}, {@code defaultSettings()}, {@code defaults()}.
     */
    private static final Pattern DEFAULT_CONFIGURATION_MEMBER =
            Pattern.compile("(?i)(get|create|build)?defaults?(config|configuration|settings|options|properties|values)?");
    /**
     * A name whose first word is {@code default}: {@code DEFAULT_MANAGEMENT_URL}, {@code defaultConsoleUrl},
     * {@code DEFAULT}; not {@code DEFAULTED_X} nor {@code defaults}.
     */
    private static final Pattern NAMED_DEFAULT = Pattern.compile("DEFAULT(?:_\\w*)?|[Dd]efault(?:[A-Z0-9_]\\w*)?");
    /** Names of the default value of a setting. */
    private static final Pattern DEFAULT_NAME = Pattern.compile("(?i)(default|default_?value|fallback|fallback_?value)");
    /**
     * A property key: words separated by dots, at least one dot, each word starting with a lower-case letter and made of
     * letters, digits, {@code -} and {@code _} ({@code linkis.discovery.server-address}, {@code eureka.client.serviceUrl});
     * no spaces, {@code /} or {@code :}, so neither a path, a URL, a header name nor an IPv4 address.
     */
    private static final Pattern PROPERTY_KEY = Pattern.compile("[a-z][A-Za-z0-9_-]*(\\.[a-z][A-Za-z0-9_-]*)+");

    private OverridableSettings() {
    }

    /**
     * Whether a text of {@code javaClass} is the default of a setting: {@link #isDefaultOfSetting} for its member,
     * a text bound to a default's name, the fallback of a configuration look-up, or {@linkplain #followsPropertyKey
     * the argument after a property key}.
     */
    public static boolean isDefault(JavaClass javaClass, SourceRule.Resolved text) {
        return text.fallback() || text.boundName() != null && DEFAULT_NAME.matcher(text.boundName()).matches()
                || followsPropertyKey(text.argument()) || isDefaultOfSetting(javaClass, text.member())
                || isSetterFallback(javaClass, text) || isFormDefault(text);
    }

    /**
     * Whether the text is named as a default: the constant it refers to ({@code NotificationParamsBuilder.DEFAULT_MANAGEMENT_URL}),
     * the field or variable it is bound to, or the member it is written in (the initializer of
     * {@code DEFAULT_INDEXER_HOST = URI.create("http://127.0.0.1:9200")}) has {@code default} as its first word
     * ({@link #NAMED_DEFAULT}). With a
     * loopback address ({@code "http://localhost:3000"}, {@code config.no-hardcoded-endpoints}) this is the development
     * default of a setting — the value used until an administrator configures the real one
     * ({@code url = isEmpty(configured) ? DEFAULT_MANAGEMENT_URL : configured}): a loopback address is never another
     * system's production address, and the name says what it stands in for. Not applied to other addresses: a
     * {@code DEFAULT_API_URL = "https://api.vendor.com"} used as is stays hard-coded.
     */
    public static boolean isNamedDefault(SourceRule.Resolved text) {
        String constant = text.constant() == null ? null : text.constant().substring(text.constant().lastIndexOf('.') + 1);
        return constant != null && NAMED_DEFAULT.matcher(constant).matches()
                || text.boundName() != null && NAMED_DEFAULT.matcher(text.boundName()).matches()
                || text.member() != null && NAMED_DEFAULT.matcher(text.member()).matches();
    }

    /**
     * Whether the text is a value a configuration form offers its user to edit: an argument of the constructor of a form
     * field or property descriptor ({@code new TextField("bootstrap_servers", "Bootstrap servers", "127.0.0.1:9092", "Comma
     * separated list …")}), or a text in the member that builds a component's default configuration
     * ({@code defaultConfiguration() { return Config.builder().url("https://…/table.csv")….build(); }}). Like a bound
     * property's default, the user replaces it; the component reads the address from the configuration it is given. The
     * same address handed to a client elsewhere in the class is no default.
     */
    static boolean isFormDefault(SourceRule.Resolved text) {
        return text.argument() != null && text.argument().creation() && DESCRIPTOR_TYPE.matcher(text.argument().callee()).matches()
                || text.member() != null && DEFAULT_CONFIGURATION_MEMBER.matcher(text.member()).matches();
    }

    /**
     * Whether the text is what a setter of a settable field stores in that field instead of the value it was given — the
     * fallback when the configured value is blank or invalid ({@code hubUrl = isValid(url) ? url : DEFAULT_HUB_URL} in
     * {@code setHubUrl}): the default of a setting, written where the setting is bound. A text stored elsewhere, or in
     * a field without a setter, is none.
     */
    static boolean isSetterFallback(JavaClass javaClass, SourceRule.Resolved text) {
        if (text.boundName() == null || text.member() == null || !text.member().startsWith("set")) {
            return false;
        }
        boolean inSetter = javaClass.getMethods().stream().anyMatch(method -> method.getName().equals(text.member()) && isSetter(method));
        return inSetter && javaClass.tryGetField(text.boundName()).filter(OverridableSettings::isSettable).isPresent();
    }

    /**
     * Whether the text is an argument that directly follows a literal {@linkplain #PROPERTY_KEY property key}: the default
     * handed to a settings look-up with its key ({@code ConfigVars.of("x.y.url", "http://…")},
     * {@code System.getProperty("mail.host", "smtp.acme.com:25")}), whatever the look-up is called. A URL handed to a
     * call without such a key ({@code new URL("http://…")}, {@code client.call("POST", "http://…")}) is none.
     */
    static boolean followsPropertyKey(SourceFacts.Argument argument) {
        return argument != null && argument.preceding() != null && PROPERTY_KEY.matcher(argument.preceding()).matches();
    }

    /** Whether {@code javaClass}, or a class it is nested in, is bound from configuration. */
    public static boolean isBoundFromConfiguration(JavaClass javaClass) {
        return Locations.selfAndEnclosing(javaClass).anyMatch(type -> Annotations.hasAny(type, BINDING_ANNOTATIONS));
    }

    /**
     * Whether a text in {@code member} of {@code javaClass} is the default of a setting: the class is
     * {@linkplain #isBoundFromConfiguration bound from configuration}, or {@code member} is a settable field
     * (its initializer is the default), or a constant that a constructor stores in a settable field.
     */
    public static boolean isDefaultOfSetting(JavaClass javaClass, String member) {
        if (isBoundFromConfiguration(javaClass)) {
            return true;
        }
        Optional<JavaField> field = javaClass.tryGetField(member);
        if (field.isEmpty()) {
            return false;
        }
        return isSettable(field.get()) || isOverwrittenWhenBuilt(field.get()) || isDefaultConstant(field.get())
                || DESCRIPTOR_TYPE.matcher(field.get().getRawType().getSimpleName()).matches();
    }

    /**
     * A non-final instance field that one constructor writes twice: its initializer, then the value the constructor
     * takes from its arguments when they hold one ({@code if (config.containsKey(API_URL)) apiUrl = config.get(API_URL);})
     * — the initializer is the default of a setting the object is built with.
     */
    private static boolean isOverwrittenWhenBuilt(JavaField field) {
        Set<JavaModifier> modifiers = field.getModifiers();
        if (modifiers.contains(JavaModifier.STATIC) || modifiers.contains(JavaModifier.FINAL)) {
            return false;
        }
        return field.getAccessesToSelf().stream()
                .filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.SET && access.getOrigin().isConstructor()
                        && access.getOrigin().getOwner().equals(field.getOwner()))
                .collect(Collectors.groupingBy(JavaFieldAccess::getOrigin, Collectors.counting()))
                .values().stream().anyMatch(writes -> writes >= 2);
    }

    /** An instance method {@code setX} with one parameter. */
    private static boolean isSetter(JavaCodeUnit codeUnit) {
        String name = codeUnit.getName();
        return codeUnit.isMethod() && !codeUnit.getModifiers().contains(JavaModifier.STATIC) && codeUnit.getRawParameterTypes().size() == 1
                && name.length() > 3 && name.startsWith("set") && Character.isUpperCase(name.charAt(3));
    }

    /** A non-final instance field with a one-argument setter {@code setName} (inherited setters included). */
    private static boolean isSettable(JavaField field) {
        Set<JavaModifier> modifiers = field.getModifiers();
        if (modifiers.contains(JavaModifier.STATIC) || modifiers.contains(JavaModifier.FINAL)) {
            return false;
        }
        String name = field.getName();
        String setter = "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return field.getOwner().getAllMethods().stream()
                .anyMatch(method -> method.getName().equals(setter) && method.getRawParameterTypes().size() == 1);
    }

    /** A static final field read by a constructor of its class that also writes a settable field of the same type. */
    private static boolean isDefaultConstant(JavaField constant) {
        if (!constant.getModifiers().contains(JavaModifier.STATIC) || !constant.getModifiers().contains(JavaModifier.FINAL)) {
            return false;
        }
        for (JavaFieldAccess read : constant.getAccessesToSelf()) {
            JavaCodeUnit origin = read.getOrigin();
            if (!origin.isConstructor() || !origin.getOwner().equals(constant.getOwner())) {
                continue;
            }
            for (JavaFieldAccess write : origin.getFieldAccesses()) {
                if (write.getAccessType() == JavaFieldAccess.AccessType.SET
                        && write.getTarget().getRawType().equals(constant.getRawType())
                        && write.getTarget().resolveMember().filter(field -> isSettable(field) || isOverwrittenWhenBuilt(field)).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }
}
