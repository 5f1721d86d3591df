package dev.archrules.core.rules.di;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import dev.archrules.core.conventions.Term;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.PerClassRule;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Violation;
import dev.archrules.core.recognize.Wiring;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@code di.constructor-injection} (C9): dependencies are injected through the constructor, not into
 * fields or setters ({@code @Autowired}, {@code @Inject}, {@code @Resource}, {@code @EJB}, … on a field or a
 * non-constructor method). Field injection hides dependencies, prevents final fields and makes classes impossible
 * to create in a plain unit test.
 *
 * <p>Not collaborators, so not reported: configuration values ({@code @Value}, {@code @ConfigProperty}: externalised
 * configuration, C6), also a declared bean of settings injected by name — a map, list or set of texts, numbers or flags, or
 * {@code Properties} ({@code @Resource(name = "appConfigurationMap") Map<String, String>}, a {@code MapFactoryBean} of
 * settings); optional extension hooks ({@code @Autowired(required = false)}); non-private injection points
 * of base classes (abstract, or extended in the code base), which every subclass inherits (constructor injection
 * would thread them through every subclass); and injection points of wiring code (configuration classes and classes
 * nested in them, which only the container builds) — except a field of wiring code that nothing reads, which is
 * dead injection; and a singleton holder that builds its one instance itself (private constructors, a static field of
 * its own type) for objects the container does not create, whose fields the container can only fill; and a field through
 * which a bean reaches its own proxy (self-injection, a Spring Data repository's custom implementation injecting its
 * repository), which no constructor can take; and an object the code builds itself and hands to the container to fill
 * (Guice's {@code toProvider(new XProvider(type))}, {@code toInstance(…)}, {@code requestInjection(…)}, Spring's
 * {@code autowireBean(…)}: {@link Term#MEMBER_INJECTION_CALLS}), whose constructor the container never calls; and a
 * repository base class, a subclass of Spring Data's {@code SimpleJpaRepository} (and its Mongo, JDBC, R2DBC and
 * Elasticsearch counterparts), which Spring Data's repository factory creates by reflection. Always reported:
 * an injection annotation on a {@code final} field — the constructor cannot take it,
 * and a constant initialiser is inlined by the compiler, so the injected value is never read.
 */
public final class ConstructorInjection extends PerClassRule {

    public static final String ID = "di.constructor-injection";

    public ConstructorInjection() {
        super(new RuleInfo(ID, ChecklistItem.C9,
                "dependencies should be injected through constructors",
                "field and setter injection hide dependencies, prevent final fields and need a container to build the class in a test",
                "declare the dependency as a final field and take it as a constructor parameter"));
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return DescribedPredicate.describe("classes of the code base", javaClass -> true);
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        if (buildsItsOwnInstance(javaClass) || isRepositoryBaseClass(javaClass, context)) {
            return;
        }
        boolean wiring = Wiring.isConfigurationOrNestedInOne(javaClass, context);
        boolean filledAfterConstruction = handedToTheContainerAfterConstruction(javaClass, context);
        // a base class: abstract, or extended by other classes of the code base
        boolean base = javaClass.getModifiers().contains(JavaModifier.ABSTRACT) || !javaClass.getSubclasses().isEmpty();
        javaClass.getFields().stream().sorted(Comparator.comparing(JavaField::getName)).forEach(field -> {
            Optional<JavaAnnotation<?>> injection = context.conventions().injectionAnnotation(field);
            if (injection.isEmpty()) {
                return;
            }
            String annotation = injection.get().getRawType().getSimpleName();
            String key = Locations.stableName(javaClass) + "#" + field.getName();
            String name = "Field <" + javaClass.getName() + "." + field.getName() + ">";
            if (field.getModifiers().contains(JavaModifier.FINAL)) {
                violations.accept(newViolation(key,
                        name + " is final and injected with @" + annotation
                                + ": the field keeps what its initialiser or constructor gives it, and a constant initialiser is"
                                + " inlined where it is read, so the injected value may never be used",
                        Locations.of(field),
                        "remove the initialiser and take " + field.getName() + " as a constructor (or @Bean method) parameter of "
                                + Locations.simpleName(javaClass)));
                return;
            }
            if (filledAfterConstruction || notACollaborator(field, injection.get(), context) || inheritedBySubclasses(field, base)
                    || injectsItsOwnProxy(field, javaClass)) {
                return;
            }
            if (wiring) {
                if (neverRead(field)) {
                    violations.accept(newViolation(key,
                            name + " is injected with @" + annotation + " but never read",
                            Locations.of(field),
                            "remove " + field.getName() + " from " + Locations.simpleName(javaClass)));
                }
                return;
            }
            violations.accept(newViolation(key,
                    name + " is injected with @" + annotation,
                    Locations.of(field),
                    "make " + field.getName() + " final and add it as a constructor parameter of " + Locations.simpleName(javaClass)));
        });
        if (wiring || filledAfterConstruction) {
            return;
        }
        javaClass.getMethods().stream().sorted(Comparator.comparing(JavaMethod::getFullName)).forEach(method -> {
            Optional<JavaAnnotation<?>> injection = context.conventions().injectionAnnotation(method);
            if (injection.isEmpty() || notACollaborator(method, injection.get(), context) || inheritedBySubclasses(method, base)) {
                return;
            }
            violations.accept(newViolation(
                    Locations.stableName(javaClass) + "#" + method.getName() + "(" + method.getRawParameterTypes().stream()
                            .map(JavaClass::getName).collect(Collectors.joining(", ")) + ")",
                    "Method <" + method.getFullName() + "> injects through a setter with @"
                            + injection.get().getRawType().getSimpleName(),
                    Locations.of(method),
                    "take the value as a constructor parameter of " + Locations.simpleName(javaClass) + " instead of "
                            + method.getName() + "(…)"));
        });
    }

    /**
     * A singleton holder that builds its one instance itself — every constructor private, a static field of its own
     * type ({@code private static final Holder INSTANCE = new Holder()}) — for objects the container does not create
     * (JPA entities reaching a bean through {@code Holder.getInstance()}); a {@code @Bean} method registers the instance
     * and the container can only fill its fields. No constructor can take the collaborator.
     */
    private static boolean buildsItsOwnInstance(JavaClass javaClass) {
        return !javaClass.getConstructors().isEmpty()
                && javaClass.getConstructors().stream().allMatch(constructor -> constructor.getModifiers().contains(JavaModifier.PRIVATE))
                && javaClass.getFields().stream().anyMatch(field -> field.getModifiers().contains(JavaModifier.STATIC)
                        && field.getRawType().equals(javaClass));
    }

    /** Spring Data's base implementations of repositories, which its repository factories create per repository. */
    private static final List<String> REPOSITORY_BASES = List.of(
            "org.springframework.data.jpa.repository.support.SimpleJpaRepository",
            "org.springframework.data.mongodb.repository.support.SimpleMongoRepository",
            "org.springframework.data.mongodb.repository.support.SimpleReactiveMongoRepository",
            "org.springframework.data.jdbc.repository.support.SimpleJdbcRepository",
            "org.springframework.data.r2dbc.repository.support.SimpleR2dbcRepository",
            "org.springframework.data.elasticsearch.repository.support.SimpleElasticsearchRepository");

    /**
     * A repository base class ({@code @EnableJpaRepositories(repositoryBaseClass = …)}): a subclass of one of Spring Data's
     * base implementations ({@code SimpleJpaRepository}, …), which Spring Data's repository factory creates by reflection,
     * one per repository, through the fixed constructor of its entity information and store handle — never the
     * container. A collaborator can only reach it through an injected setter or field (filled by a custom factory bean).
     */
    private static boolean isRepositoryBaseClass(JavaClass javaClass, RuleContext context) {
        return REPOSITORY_BASES.stream().anyMatch(base -> context.isAssignableTo(javaClass, base));
    }

    /**
     * An object the code builds itself and hands to the container to fill — Guice's {@code toProvider(new
     * TranscoderProvider(type))} or {@code toInstance(new X(…))} in a module, {@code requestInjection(…)},
     * {@code injectMembers(…)}, Spring's {@code autowireBean(…)} ({@link Term#MEMBER_INJECTION_CALLS}): a code unit that
     * calls one of its constructors with arguments — run-time values the container could not supply — also makes such a
     * call with an instance. The container never calls its constructor, so its fields and methods are the only way in.
     * An object built without arguments ({@code new LdapAuthenticator()} and {@code autowireBean}) could be left to the
     * container ({@code bind(…).to(X.class)}, a {@code @Bean} method passing the collaborators) and is still reported.
     */
    private static boolean handedToTheContainerAfterConstruction(JavaClass javaClass, RuleContext context) {
        return javaClass.getConstructorCallsToSelf().stream()
                .filter(construction -> !construction.getTarget().getRawParameterTypes().isEmpty())
                .map(JavaConstructorCall::getOrigin)
                .anyMatch(origin -> origin.getMethodCallsFromSelf().stream()
                        .anyMatch(call -> context.isCallTo(Term.MEMBER_INJECTION_CALLS, call) && takesAnInstance(call)));
    }

    /** The container builds what it is given as a {@code Class}, {@code TypeLiteral} or {@code Key} itself. */
    private static boolean takesAnInstance(JavaMethodCall call) {
        return call.getTarget().getRawParameterTypes().stream().map(JavaClass::getName).noneMatch(TYPE_TOKENS::contains);
    }

    private static final Set<String> TYPE_TOKENS = Set.of("java.lang.Class", "com.google.inject.TypeLiteral", "com.google.inject.Key");

    /** A configuration value, or an optional extension hook ({@code required = false}). */
    private static boolean notACollaborator(HasAnnotations<?> member, JavaAnnotation<?> injection, RuleContext context) {
        return context.conventions().isConfigValue(member)
                || injection.get("required").filter(Boolean.FALSE::equals).isPresent()
                || injectsOnlySettings(member);
    }

    /** Whether every type a field or setter injection takes — the field's, the method's parameters' — holds only settings. */
    private static boolean injectsOnlySettings(HasAnnotations<?> member) {
        List<JavaType> injected = member instanceof JavaField field ? List.of(field.getType())
                : member instanceof JavaMethod method ? method.getParameters().stream().map(JavaParameter::getType).toList()
                : List.of();
        return !injected.isEmpty() && injected.stream().allMatch(ConstructorInjection::holdsOnlySettings);
    }

    /** The containers a bean of settings is injected as (with {@code Properties}, which holds texts by its type). */
    private static final Set<String> SETTING_CONTAINERS = Set.of("java.util.Map", "java.util.List", "java.util.Set", "java.util.Collection");

    /**
     * Settings, not a collaborator: {@code Properties}, or a map, list or set whose type arguments are all texts, numbers
     * or flags ({@code Map<String, String>}, {@code List<Integer>}) — values with no behaviour, which no test would replace
     * by a stub. A {@code Map<String, Mailer>} of beans is a collaborator.
     */
    private static boolean holdsOnlySettings(JavaType type) {
        String raw = type.toErasure().getName();
        if (raw.equals("java.util.Properties")) {
            return true;
        }
        return SETTING_CONTAINERS.contains(raw) && type instanceof JavaParameterizedType parameterized
                && parameterized.getActualTypeArguments().stream().allMatch(argument -> SCALARS.contains(argument.toErasure().getName()));
    }

    private static final Set<String> SCALARS = Set.of("java.lang.String", "java.lang.Integer", "java.lang.Long", "java.lang.Boolean",
            "java.lang.Double", "java.lang.Float", "java.lang.Short", "java.lang.Byte", "java.lang.Character", "java.math.BigDecimal");

    /**
     * A base class's injection point that its subclasses share: a non-private member of a base class. Constructor
     * injection would thread every collaborator through every subclass's constructor; the subclasses are the beans.
     */
    private static boolean inheritedBySubclasses(JavaMember member, boolean base) {
        return base && !member.getModifiers().contains(JavaModifier.PRIVATE);
    }

    /**
     * A field through which a bean reaches the proxy it is part of, which no constructor can take — the container would
     * have to finish the bean before building it: self-injection ({@code @Autowired @Lazy OrderService self}, the way
     * round self-invocation of {@code @Transactional} methods: the field's type is the class itself), and the custom
     * implementation of a Spring Data repository injecting its repository ({@code PackageRepositoryImpl implements
     * PackageRepositoryCustom} with {@code @Autowired PackageRepository packages}, where {@code PackageRepository}
     * extends {@code PackageRepositoryCustom}): the field's type is an interface extending one the class implements,
     * and the class is named after either with Spring Data's {@code Impl} postfix, which is how Spring Data finds it.
     */
    private static boolean injectsItsOwnProxy(JavaField field, JavaClass javaClass) {
        JavaClass type = field.getRawType();
        if (type.equals(javaClass)) {
            return true;
        }
        if (!type.isInterface()) {
            return false;
        }
        String name = javaClass.getSimpleName();
        return type.getAllRawInterfaces().stream()
                .filter(javaClass.getAllRawInterfaces()::contains)
                .anyMatch(fragment -> name.equals(fragment.getSimpleName() + "Impl") || name.equals(type.getSimpleName() + "Impl"));
    }

    /** No code of the code base reads {@code field}: only the container writes it. */
    private static boolean neverRead(JavaField field) {
        return field.getAccessesToSelf().stream().noneMatch(access -> access.getAccessType() == JavaFieldAccess.AccessType.GET);
    }
}
