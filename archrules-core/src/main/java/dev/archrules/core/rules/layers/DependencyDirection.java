package dev.archrules.core.rules.layers;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import dev.archrules.core.engine.DependencyOrigins;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.PerClassRule;
import dev.archrules.core.conventions.HandlerKind;
import dev.archrules.core.conventions.Term;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.internal.types.ImportedSupertypes;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Violation;
import dev.archrules.core.recognize.DataSourceProviders;
import dev.archrules.core.recognize.JaxRsResources;
import dev.archrules.core.recognize.NominalRoles;
import dev.archrules.core.recognize.TimeSources;
import dev.archrules.core.recognize.WebHandlers;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code layers.dependency-direction} (C10): layers depend downward only — controller → service →
 * repository. Flags repositories depending on services or controllers, services depending on
 * controllers, and controllers depending on other controllers. Inheritance (a controller extending an
 * abstract base controller) and dependencies within one top-level class do not count, nor do:
 * <ul>
 *   <li>JAX-RS sub-resource locators returning (and creating) the nested per-request resource — how JAX-RS
 *       nests resources — including the factory method a locator calls and its overrides in subclasses, and a
 *       resource method forwarding its request to a per-request resource it creates (calling only that
 *       resource's handlers, as a preflight handler answering through a CORS resource) ({@link JaxRsResources});</li>
 *   <li>typed link building: {@code UriBuilder.path(OtherResource.class, "method")},
 *       {@code linkTo(methodOn(OtherController.class).get(id))}, a static method of the other controller
 *       that returns a URI builder or link, or the other controller's class literal handed to the code base's own link
 *       helper ({@code uriBuilder.buildResponse(uriInfo, OtherResource.class, "get", id)}) ({@link LinkBuilding}), also
 *       where the compiler credits the literal to the line before the helper's call (a call written on the line after
 *       its receiver, the second line of a ternary {@code return}: {@code callsHandedClassObject});</li>
 *   <li>a controller named only as the type argument of a generic supertype of the code base whose type parameter no
 *       field, parameter or return value holds — the base reads it back as a {@code Class} for the base URL of its links
 *       ({@code extends ControllerLinks<AccountController>}, {@code isTypeToken}): a type token, as a class literal is;</li>
 *   <li>classes named like a layer only nominally, e.g. a Liquibase {@code LockService} extension named
 *       {@code …Service} ({@link NominalRoles});</li>
 *   <li>services a repository calls that holds repositories of the code base itself ({@link #composesRepositories}): a
 *       storage facade named {@code …Dao} orchestrating Spring Data repositories and services is the service tier;</li>
 *   <li>reading a constant of the target, a static final JDK or library value such as a {@code String[]}
 *       ({@code readsConstant}): the compiler copies a constant {@code String} into its reader;</li>
 *   <li>a class only named {@code …Controller} that neither declares nor inherits a handler, where the code base's
 *       controllers have theirs (a leader-election listener): no web layer;</li>
 *   <li>a clock in a layer's package ({@link TimeSources}): a type whose only operations tell the current time
 *       ({@code OffsetDateTime getNow()} of a request-scoped time provider) is a time source, and a repository stamping its
 *       rows from it calls no business logic; a service that also computes times from arguments ({@code expiryOf(created)})
 *       is still above (fixtures {@code clocks});</li>
 *   <li>a sub-resource's use of the parent resource whose locator created it — the parent's type, its fields, its
 *       parameterless getters ({@link #readsItsParentResource}); calling the parent's logic is still reported;</li>
 *   <li>a filter or interceptor composing other filters or interceptors — creating, holding and running them in turn, a
 *       composite filter as Spring's {@code CompositeFilter} ({@link #composesPlumbing}): the chain of responsibility, not a
 *       controller using another; a filter calling logic a controller hosts is still reported;</li>
 *   <li>a controller's call of another controller's static parser of a request parameter ({@code parse…(String)}
 *       returning the id or enum constant it read, calling no class with a role: {@link #callsParameterParser}): the
 *       parameter's format, shared within the web layer; and of its static check of the request's multipart form (its
 *       parameters the form's body parts and texts only: {@link #isRequestFormCheck}); a static helper that decides,
 *       validates or formats a value of the domain is still reported;</li>
 *   <li>classes read from another directory or archive than the dependent class ({@link Locations#sameArtifact}): a jar
 *       of the class path, another module's classes. The build orders artifacts — the one depended on lies below, and
 *       cannot depend back — so the name of a class there ({@code …TransactionService}, {@code …CacheService} of a
 *       storage library the repositories build on) does not make the dependency upward.</li>
 * </ul>
 */
public final class DependencyDirection extends PerClassRule {

    public static final String ID = "layers.dependency-direction";

    private static final Map<Role, Set<Role>> FORBIDDEN = Map.of(
            Role.REPOSITORY, Set.of(Role.SERVICE, Role.CONTROLLER),
            Role.SERVICE, Set.of(Role.CONTROLLER),
            Role.CONTROLLER, Set.of(Role.CONTROLLER));

    public DependencyDirection() {
        super(new RuleInfo(ID, ChecklistItem.C10,
                "layers should depend downward only (controller -> service -> repository)",
                "an upward dependency ties the lower layer to the one above it, so neither can change or be reused alone",
                "move the shared logic down into a service, or invert the dependency with an interface or event owned by the lower layer"));
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return DescribedPredicate.describe("controllers, services and repositories",
                javaClass -> context.roleOf(javaClass).map(FORBIDDEN::containsKey).orElse(false));
    }

    /** Whether a controller of the code base declares a handler: its web framework is recognised. */
    private boolean handlersRecognised;

    @Override
    protected void prepare(java.util.Collection<JavaClass> classes, RuleContext context) {
        handlersRecognised = WebHandlers.recognisedIn(classes, context);
    }

    @Override
    protected void finish(RuleContext context) {
        handlersRecognised = false;
    }

    /**
     * A class that is a controller only by its name ({@code …Controller}) and neither declares nor inherits a handler, nor
     * has a subclass that declares one (a base controller is the web layer's), where the code base's controllers have
     * theirs: a leader-election listener, a lifecycle controller — no web layer.
     * Where no handler is recognised anywhere, the name is all there is, and the class stays a controller.
     */
    private boolean isNamedControllerWithoutHandlers(JavaClass target, RuleContext context) {
        return handlersRecognised && WebHandlers.isControllerByNameOnly(target, context);
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        Role role = context.roleOf(javaClass).orElseThrow();
        Set<Role> forbidden = role == Role.REPOSITORY && composesRepositories(javaClass, context)
                ? Set.of(Role.CONTROLLER) : FORBIDDEN.get(role);
        for (Grouped use : dependenciesByTarget(javaClass, d -> isUpward(d, javaClass, forbidden, context))) {
            Role targetRole = context.roleOf(use.target()).orElseThrow();
            violations.accept(newViolation(
                    Locations.stableName(javaClass) + " -> " + Locations.stableName(use.target()),
                    Locations.capitalized(role) + " <" + javaClass.getName() + "> depends on " + targetRole.displayName()
                            + " <" + use.target().getName() + ">: " + use.locatedDescription(),
                    use.location(),
                    role == Role.CONTROLLER
                            ? "move what both controllers need into a service and call it from each"
                            : "move the logic " + Locations.simpleName(javaClass) + " needs from " + use.target().getSimpleName()
                            + " down a layer, or invert the dependency with an interface owned by " + Locations.simpleName(javaClass)));
        }
    }

    /**
     * Whether a repository holds repository interfaces of the code base itself — a field (its own, a superclass's or
     * that of a class it is nested in) whose type is an interface with the repository role (a Spring Data repository, a
     * DAO interface), not one of its own supertypes: a storage facade named {@code …Dao} that orchestrates Spring Data
     * repositories, interceptors and services is the service tier under a storage name, and its calls to services are
     * sideways, not up. It still must not depend on controllers. A helper class that only repositories use (a worker
     * running their blocking calls) is no such repository.
     */
    static boolean composesRepositories(JavaClass repository, RuleContext context) {
        // the class and the classes it is nested in (a task class of the facade is part of it), with their superclasses
        Stream<JavaClass> holders = Stream.iterate(Optional.of(repository), Optional::isPresent, current -> current.get().getEnclosingClass())
                .map(Optional::get)
                .flatMap(type -> Stream.concat(Stream.of(type), type.getAllRawSuperclasses().stream()));
        return holders
                .flatMap(type -> type.getFields().stream())
                .map(JavaField::getRawType)
                .anyMatch(type -> type.isInterface() && !ImportedSupertypes.isAssignableTo(repository, type.getName())
                        && context.roleOf(type).filter(Role.REPOSITORY::equals).isPresent());
    }

    private boolean isUpward(Dependency dependency, JavaClass origin, Set<Role> forbidden, RuleContext context) {
        JavaClass target = dependency.getTargetClass();
        if (Locations.sameTopLevel(origin, target) || ImportedSupertypes.isAssignableTo(origin, target.getName())) {
            return false;
        }
        Optional<Role> targetRole = context.roleOf(target);
        // the artifact (class file URIs) only for a target with a forbidden role: most dependencies have none
        if (targetRole.isEmpty() || !forbidden.contains(targetRole.get()) || !Locations.sameArtifact(origin, target)
                || NominalRoles.isNominal(target, context)) {
            return false;
        }
        if (context.hasRole(origin, Role.REPOSITORY) && targetRole.get() == Role.SERVICE
                && (DataSourceProviders.providesDataAccess(target, context) || readsStaticSetting(dependency)
                || isDataAccessObject(target, context))) {
            return false;
        }
        if (readsConstant(dependency, context) || TimeSources.isClock(target)
                || targetRole.get() == Role.CONTROLLER && (isNamedControllerWithoutHandlers(target, context)
                || callsParameterParser(dependency, context) || readsItsParentResource(dependency, origin, target)
                || composesPlumbing(origin, target, context))) {
            return false;
        }
        Optional<JavaCodeUnit> codeUnit = DependencyOrigins.codeUnitOf(dependency);
        boolean nestsResource = JaxRsResources.isPerRequestResource(target)
                && codeUnit.filter(unit -> JaxRsResources.isLocatorOrItsHelper(unit) || JaxRsResources.isForwardingTo(unit, target))
                .isPresent();
        List<JavaMethodCall> handedClassObject = callsHandedClassObject(dependency, codeUnit);
        return !nestsResource && !LinkBuilding.isLinkTo(dependency, codeUnit, handedClassObject) && !namesLogger(handedClassObject, context)
                && !(codeUnit.isEmpty() && targetRole.get() == Role.CONTROLLER && isTypeToken(dependency, origin, target));
    }

    /**
     * {@code class AccountLinks extends BaseLinks<AccountController>}: a controller named only as a type argument of a
     * generic supertype of the code base whose type parameter no field, parameter or return value holds as an instance —
     * the base reads it back as a class ({@code Class<T>}, by reflection on the generic superclass) to build the base URL of
     * links with {@code MvcUriComponentsBuilder.fromController(…)}. Nothing of the controller is called, kept or created:
     * a type token, as a class literal handed to a link builder is. A base that holds or is handed a {@code T} (an injected
     * {@code T controller}) uses the controller and stays reported, as does a supertype not imported whole.
     */
    private static boolean isTypeToken(Dependency dependency, JavaClass origin, JavaClass target) {
        String description = dependency.getDescription();
        if (!description.startsWith("Class <" + origin.getName() + "> has generic ")
                || !description.contains(" with type argument depending on <")) {
            return false;
        }
        return Stream.concat(origin.getSuperclass().stream(), origin.getInterfaces().stream())
                .filter(JavaParameterizedType.class::isInstance)
                .map(JavaParameterizedType.class::cast)
                .filter(supertype -> supertype.getActualTypeArguments().stream().anyMatch(argument -> argument.toErasure().equals(target)))
                .allMatch(supertype -> isTokenParameterOf(supertype, target));
    }

    private static boolean isTokenParameterOf(JavaParameterizedType supertype, JavaClass target) {
        JavaClass base = supertype.toErasure();
        List<JavaType> arguments = supertype.getActualTypeArguments();
        List<? extends JavaTypeVariable<JavaClass>> parameters = base.getTypeParameters();
        if (!base.isFullyImported() || parameters.size() != arguments.size()) {
            return false;
        }
        for (int index = 0; index < arguments.size(); index++) {
            if (arguments.get(index).toErasure().equals(target) && !(arguments.get(index) instanceof JavaClass
                    && isOnlyAsClass(base, parameters.get(index).getName()))) {
                return false;
            }
        }
        return true;
    }

    /** Whether no field, parameter or return value of the class or its superclasses is the type variable itself. */
    private static boolean isOnlyAsClass(JavaClass base, String typeVariable) {
        return Stream.concat(Stream.of(base), base.getAllRawSuperclasses().stream()).allMatch(type ->
                type.getFields().stream().noneMatch(field -> isVariable(field.getType(), typeVariable))
                        && type.getCodeUnits().stream().noneMatch(unit -> isVariable(unit.getReturnType(), typeVariable)
                        || unit.getParameterTypes().stream().anyMatch(parameter -> isVariable(parameter, typeVariable))));
    }

    private static boolean isVariable(JavaType type, String typeVariable) {
        return type instanceof JavaTypeVariable<?> variable && variable.getName().equals(typeVariable);
    }

    /**
     * A filter (or interceptor) that creates, holds or runs other filters — a composite filter running the header filters in
     * turn, one entry in the chain instead of eight, as Spring's {@code CompositeFilter} does: plumbing around the handlers
     * composing plumbing is the chain of responsibility, not one controller using another. A filter calling logic that a
     * controller with handlers hosts is still reported.
     */
    private static boolean composesPlumbing(JavaClass origin, JavaClass target, RuleContext context) {
        return isPlumbing(origin, context) && isPlumbing(target, context);
    }

    private static boolean isPlumbing(JavaClass javaClass, RuleContext context) {
        return context.conventions().handlerKind(javaClass).filter(HandlerKind::isPlumbing).isPresent();
    }

    /**
     * {@code PropertyUtil.isStandaloneUseMysql()}: a call of a static method of the target that only reads one of the
     * target's static fields — a setting a settings holder keeps — and calls nothing. Reading a setting is not calling
     * the layer above.
     */
    private static boolean readsStaticSetting(Dependency dependency) {
        JavaClass target = dependency.getTargetClass();
        int line = dependency.getSourceCodeLocation().getLineNumber();
        List<JavaMethodCall> calls = DependencyOrigins.codeUnitOf(dependency).stream()
                .flatMap(unit -> unit.getMethodCallsFromSelf().stream())
                .filter(call -> call.getTargetOwner().equals(target) && call.getLineNumber() == line)
                .toList();
        return !calls.isEmpty() && calls.stream().allMatch(call -> call.getTarget().resolveMember()
                .filter(method -> isStaticSettingGetter(method, target)).isPresent());
    }

    /**
     * A data-access object under a service's name: every public operation the target declares works the data itself —
     * calls a data-access API ({@code EntityManager.persist}, {@code JdbcTemplate.update}) or a repository of the code base
     * ({@code searchUrlDao.deleteByResIds(ids)}) in its own body — and one at least calls the data-access API directly. A
     * repository calling it calls a peer of the data tier that the team named a service (a store of search URLs whose
     * methods persist and delete its rows), not business logic above it. A service with one operation that decides
     * something without touching the data, or a thin service over repositories only, is still above.
     */
    private static boolean isDataAccessObject(JavaClass target, RuleContext context) {
        List<JavaMethod> operations = target.getMethods().stream()
                .filter(method -> method.getModifiers().contains(JavaModifier.PUBLIC) && !method.getModifiers().contains(JavaModifier.STATIC)
                        && !method.getModifiers().contains(JavaModifier.SYNTHETIC) && !method.getModifiers().contains(JavaModifier.BRIDGE))
                .toList();
        return !operations.isEmpty() && operations.stream().allMatch(method -> method.getCallsFromSelf().stream()
                .map(call -> call.getTargetOwner())
                .anyMatch(owner -> context.conventions().isDataAccessApi(owner)
                        || !owner.equals(target) && context.inScope(owner) && context.hasRole(owner, Role.REPOSITORY)))
                // it works a data-access API itself: a thin service over repositories only is no data-access object
                && operations.stream().anyMatch(method -> method.getCallsFromSelf().stream()
                .anyMatch(call -> context.conventions().isDataAccessApi(call.getTargetOwner())));
    }

    /**
     * {@code Arrays.asList(PermissionService.DEFAULT_PERMISSIONS)}: a read of a constant of the target — a static final
     * field holding a value of the JDK or a library (a {@code String[]}, a list of names), not an object of the code base.
     * The compiler copies a constant {@code String} or number into the reader, which then does not depend on the class at
     * all; an array or a list kept the same way is the same fact, and moving it is cosmetic. A static helper of the
     * target called beside it is still reported.
     */
    private static boolean readsConstant(Dependency dependency, RuleContext context) {
        if (!(DependencyOrigins.accessOf(dependency).orElse(null) instanceof JavaFieldAccess fieldAccess)
                || fieldAccess.getAccessType() != JavaFieldAccess.AccessType.GET) {
            return false;
        }
        return fieldAccess.getTarget().resolveMember()
                .filter(field -> field.getModifiers().contains(JavaModifier.STATIC) && field.getModifiers().contains(JavaModifier.FINAL))
                .map(field -> field.getRawType().isArray() ? field.getRawType().getBaseComponentType() : field.getRawType())
                .filter(type -> !context.inScope(type))
                .isPresent();
    }

    /**
     * {@code VertexResource.parseVertexId(id)}, {@code EdgeResource.parseDirection(direction)}: a call of another
     * controller's static parser of a request parameter — a static method named {@code parse…} (or {@code …Parse…}) whose
     * parameters are all texts and which returns the value it read (an id, an enum constant), calling no class of the code
     * base that has a role. Turning a path or query parameter's text into a value is the web layer's own work; a resource
     * sharing it with its siblings keeps it in that layer, and moving it to a utility class is cosmetic. A static helper
     * that decides, validates or formats something ({@code isValidQuantity}, {@code validate…}, {@code masked}) or reaches
     * a service is still reported.
     */
    private static boolean callsParameterParser(Dependency dependency, RuleContext context) {
        return DependencyOrigins.accessOf(dependency).orElse(null) instanceof JavaMethodCall call
                && call.getTarget().resolveMember().filter(method -> isParameterParser(method, context) || isRequestFormCheck(method, context)).isPresent();
    }

    /**
     * The body parts of a multipart request as the web frameworks hand them to a handler: Jersey's and RESTEasy's form
     * parts, Spring's {@code MultipartFile}, the Servlet API's {@code Part}.
     */
    private static final Set<String> REQUEST_PART_TYPES = Set.of(
            "org.glassfish.jersey.media.multipart.BodyPart", "org.glassfish.jersey.media.multipart.MultiPart",
            "org.glassfish.jersey.media.multipart.FormDataContentDisposition",
            "org.jboss.resteasy.plugins.providers.multipart.InputPart",
            "org.jboss.resteasy.plugins.providers.multipart.MultipartInput",
            "org.springframework.web.multipart.MultipartFile",
            "jakarta.servlet.http.Part", "javax.servlet.http.Part");

    /**
     * {@code UploadResource.validateMultiPart(form.getFields(), name)}: a static check of the request's multipart form — a
     * static method of another controller whose parameters hold the form's body parts ({@link #REQUEST_PART_TYPES}, as
     * such or in a collection or map of them) and otherwise only texts, returning a value and calling no class of the code
     * base that has a role. It can look at nothing but the request's form (how many parts, which names), the web layer's
     * own work shared with the sibling resources that accept uploads, like a parameter parser; moving it to a utility class
     * is cosmetic. A helper that also takes a value of the domain ({@code fitsQuota(files, account)}) or reaches a service
     * is still reported.
     */
    private static boolean isRequestFormCheck(JavaMethod method, RuleContext context) {
        if (!method.getModifiers().contains(JavaModifier.STATIC) || method.getRawParameterTypes().isEmpty()
                || method.getRawReturnType().getName().equals("void")) {
            return false;
        }
        boolean part = false;
        for (var parameter : method.getParameterTypes()) {
            for (JavaClass type : parameter.getAllInvolvedRawTypes()) {
                if (REQUEST_PART_TYPES.stream().anyMatch(name -> context.isAssignableTo(type, name))) {
                    part = true;
                } else if (!type.getName().equals("java.lang.String") && !type.getName().equals("java.lang.Object")
                        && !(type.getPackageName().equals("java.util") && (ImportedSupertypes.isAssignableTo(type, "java.util.Collection")
                        || ImportedSupertypes.isAssignableTo(type, "java.util.Map")))) {
                    return false;
                }
            }
        }
        return part && method.getCallsFromSelf().stream().map(JavaAccess::getTargetOwner)
                .noneMatch(owner -> !owner.equals(method.getOwner()) && context.inScope(owner) && context.roleOf(owner).isPresent());
    }

    /**
     * {@code app.getName()} in a sub-resource its parent's locator created with {@code new InstanceResource(this, id)}: a
     * per-request resource that the target's sub-resource locator (or a helper it calls) creates keeps its parent to know
     * the context it is addressed under — how JAX-RS nests resources, the reverse edge of the locator. Exempt are the
     * parent's type in the sub-resource's fields and signatures, reads of its instance fields and calls of its parameterless
     * instance methods (getters of the path context); a call of the parent's logic (a method taking arguments, a static
     * helper) is still reported.
     */
    private static boolean readsItsParentResource(Dependency dependency, JavaClass origin, JavaClass parent) {
        if (!JaxRsResources.isPerRequestResource(origin) || !createdByLocatorOf(parent, origin)) {
            return false;
        }
        Optional<JavaAccess<?>> access = DependencyOrigins.accessOf(dependency);
        if (access.isPresent()) {
            if (access.get() instanceof JavaMethodCall call) {
                return call.getTarget().resolveMember().filter(method -> !method.getModifiers().contains(JavaModifier.STATIC)
                        && method.getRawParameterTypes().isEmpty()).isPresent();
            }
            return access.get() instanceof JavaFieldAccess fieldAccess && fieldAccess.getAccessType() == JavaFieldAccess.AccessType.GET
                    && fieldAccess.getTarget().resolveMember().filter(field -> !field.getModifiers().contains(JavaModifier.STATIC)).isPresent();
        }
        // a field, parameter or return type of the parent's type: holding the parent handed over
        return !dependency.getDescription().contains(" references class object ");
    }

    private static boolean createdByLocatorOf(JavaClass parent, JavaClass child) {
        return parent.getCodeUnits().stream().filter(JaxRsResources::isLocatorOrItsHelper)
                .anyMatch(unit -> unit.getConstructorCallsFromSelf().stream().anyMatch(call -> call.getTargetOwner().equals(child)));
    }

    private static boolean isParameterParser(JavaMethod method, RuleContext context) {
        String name = method.getName();
        return method.getModifiers().contains(JavaModifier.STATIC)
                && (name.startsWith("parse") || name.contains("Parse"))
                && !method.getRawParameterTypes().isEmpty()
                && method.getRawParameterTypes().stream().allMatch(type -> type.getName().equals("java.lang.String"))
                && !method.getRawReturnType().getName().equals("void")
                && method.getCallsFromSelf().stream().map(JavaAccess::getTargetOwner)
                .noneMatch(owner -> !owner.equals(method.getOwner()) && context.inScope(owner) && context.roleOf(owner).isPresent());
    }

    private static boolean isStaticSettingGetter(JavaMethod method, JavaClass owner) {
        if (!method.getModifiers().contains(JavaModifier.STATIC) || !method.getCallsFromSelf().isEmpty()
                || method.getFieldAccesses().size() != 1) {
            return false;
        }
        JavaFieldAccess access = method.getFieldAccesses().iterator().next();
        return access.getAccessType() == JavaFieldAccess.AccessType.GET && access.getTargetOwner().equals(owner);
    }

    /**
     * The calls a class literal is handed to: for a dependency that references a class object ({@code Other.class}), the
     * calls of its code unit on the same line. ArchUnit records the literal and the calls but not which call receives
     * it; the line is as close as it says. The compiler credits a literal to the line of the last call or statement
     * before it, so a literal in an expression spanning lines — the second line of a ternary {@code return ok ?\n
     * uriBuilder.buildResponse(uriInfo, Other.class, …) : …} — carries the line where the expression began, while the
     * call receiving it carries its own: when no call on the literal's line takes a {@code Class}, the calls of the
     * nearest following line with calls are taken too. None for any other kind of dependency (a call into the class, a
     * field, parameter or constructor of its type), which no idiom of a class literal exempts.
     */
    private static List<JavaMethodCall> callsHandedClassObject(Dependency dependency, Optional<JavaCodeUnit> codeUnit) {
        if (codeUnit.isEmpty() || !dependency.getDescription().contains(" references class object ")) {
            return List.of();
        }
        int line = dependency.getSourceCodeLocation().getLineNumber();
        Set<JavaMethodCall> calls = codeUnit.get().getMethodCallsFromSelf();
        List<JavaMethodCall> onLine = calls.stream().filter(call -> call.getLineNumber() == line).toList();
        if (onLine.stream().anyMatch(DependencyDirection::takesClass)) {
            return onLine;
        }
        OptionalInt nextLine = calls.stream().mapToInt(JavaMethodCall::getLineNumber).filter(number -> number > line).min();
        return nextLine.isEmpty() ? onLine : Stream.concat(onLine.stream(),
                calls.stream().filter(call -> call.getLineNumber() == nextLine.getAsInt())).toList();
    }

    private static boolean takesClass(JavaMethodCall call) {
        return call.getTarget().getRawParameterTypes().stream().anyMatch(type -> type.getName().equals(Class.class.getName()));
    }

    /**
     * {@code LoggerFactory.getLogger(Other.class)}, {@code System.getLogger(Other.class.getName())}: a class literal handed,
     * on the same line, to a call that returns a logger ({@link Term#LOGGER_TYPES}) names the logger — often a sibling's,
     * copied by mistake — and is no dependency on the class.
     */
    private static boolean namesLogger(List<JavaMethodCall> handedClassObject, RuleContext context) {
        if (handedClassObject.isEmpty()) {
            return false;
        }
        Set<String> loggers = context.conventions().names(Term.LOGGER_TYPES);
        return handedClassObject.stream()
                .anyMatch(call -> loggers.stream().anyMatch(logger -> context.isAssignableTo(call.getTarget().getRawReturnType(), logger)));
    }
}
