package dev.archrules.core.rules.controllers;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import dev.archrules.core.conventions.Annotations;
import dev.archrules.core.conventions.HandlerKind;
import dev.archrules.core.conventions.Term;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.PerClassRule;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.engine.Thresholds;
import dev.archrules.core.internal.types.ImportedSupertypes;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Violation;
import dev.archrules.core.recognize.JaxRsResources;
import dev.archrules.core.recognize.WebHandlers;
import dev.archrules.core.recognize.Wiring;
import dev.archrules.core.source.SourceFacts;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code controllers.single-responsibility} (C3): a controller serves at most
 * {@link Thresholds#maxEndpointsPerController()} resource paths and has at most
 * {@link Thresholds#maxCollaboratorsPerController()} injected collaborators. A controller with many
 * resources or collaborators serves several responsibilities at once and is hard to change.
 *
 * <p>Endpoints count by resource path: the HTTP methods on one path ({@code GET}, {@code PUT} and
 * {@code DELETE /jobs/{id}}) are the operations of one resource, and paths that differ only in the names of
 * their variables are one path. The controller's own collection and its member are one resource ({@code /payments},
 * {@code /payments/{id}}), and a sub-resource of that member is one path whether the member is addressed by its id or
 * by a key in the query ({@code /payments/{id}/refunds}, {@code /payments/refunds?externalKey=…}); a collection the
 * controller nests ({@code /stock}, {@code /stock/{sku}}) is two paths. A handler without a path (a message listener)
 * is a resource of its own. Endpoints a controller inherits are not counted, and neither are those that only put one
 * of its base resource's generic sub-resources on its path (tags, custom fields, audit logs): their answer is an
 * explicit {@code super.…(…)} call that returns what the endpoint returns.
 *
 * <p>Collaborators are the distinct types injected through the widest constructor (among equally wide ones the injected
 * one, then the first by signature), injected fields and injection setters; configuration values ({@code @Value}),
 * primitives, {@code java.*} types, configuration classes, the
 * container's own handles ({@link Term#CONTAINER_HANDLE_TYPES}: the application context, the event publisher) and the
 * application's cross-cutting ones ({@link Term#CROSS_CUTTING_TYPES}: an event bus it posts to, a metrics registry) are
 * not collaborators, and neither are a constructor parameter the JAX-RS runtime hands over with {@code @Context} (the
 * request's context, as in a {@code @Context} field), the request being served and its response injected into it,
 * object mappers (MapStruct's, {@code …Mapper}s and {@code …Converter}s that are no repository, Jackson's
 * {@code ObjectMapper}, HATEOAS assemblers), request plumbing (a collaborator every call of which hands it the request),
 * collaborators kept in fields nothing reads, and a clock. A controller over both limits gets one finding, under its
 * endpoints, that names both counts. A controller whose every endpoint is a one-line delegation to one of its at most
 * two services is their REST face, not a controller of many responsibilities: not reported for its paths (this needs
 * its source; through private helpers that decide nothing, and beside an index of links that calls none); so is a
 * controller over one service whose every handler is thin by {@code controllers.thin-handlers}' limits (a guard or a
 * parsed body is no second responsibility), also with a second collaborator some handlers use for a look-up when every
 * endpoint calls the one service. A controller that declares no handler is not checked where the code base's
 * controllers have handlers and it is abstract (a base of shared helpers) or inherits none (a class only named
 * {@code …Controller}); where no handler is recognised anywhere, the name is all there is. A JAX-RS resource that the code
 * base creates itself (a sub-resource returned by a {@code @Path} locator of its parent) is per request and its
 * constructor arguments are the request's context handed down by the parent and the addressed object, not injected
 * collaborators: only its injected members count.
 *
 * <p>A constructor parameter that the controller only hands to {@code super(…)} — it keeps no field of that type and its
 * own code never calls or accesses it — is its base class's collaborator, not the controller's, and is not counted: a
 * fat constructor of a common base resource is repeated in every subclass's constructor, and counting it there would
 * report every resource for the base class's collaborators. A parameter the controller also keeps or uses counts. The
 * base class is checked with its own constructor if it is a controller itself (abstract controllers are checked); a
 * base class of shared helpers with no handler is no controller and is not checked.
 *
 * <p>Filters and interceptors ({@link HandlerKind#isPlumbing()}) are not checked: plumbing around the handlers serves no
 * resource, and the collaborators of its one hook ({@code preHandle}, {@code doFilter}: a blocked client's check asking
 * the tenant, block-list and certificate services) serve that one concern. Other handler kinds — message and event
 * listeners, GraphQL handlers — handle use cases and are checked as controllers are.
 */
public final class SingleResponsibility extends PerClassRule {

    public static final String ID = "controllers.single-responsibility";

    public SingleResponsibility() {
        super(new RuleInfo(ID, ChecklistItem.C3,
                "controllers should have few endpoints and few collaborators",
                "a controller with many endpoints or collaborators serves several responsibilities and changes for many reasons",
                "split the controller by resource or use case"));
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return DescribedPredicate.describe("controllers", javaClass -> context.hasRole(javaClass, Role.CONTROLLER)
                && !javaClass.isInterface() && javaClass.getEnclosingClass().isEmpty()
                && context.conventions().handlerKind(javaClass).filter(HandlerKind::isPlumbing).isEmpty());
    }

    /** Whether a controller of the code base declares a handler: its web framework is recognised. */
    private boolean handlersRecognised;

    @Override
    protected void prepare(Collection<JavaClass> classes, RuleContext context) {
        handlersRecognised = classes.stream().anyMatch(javaClass -> WebHandlers.declares(javaClass, context));
    }

    @Override
    protected void finish(RuleContext context) {
        handlersRecognised = false;
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        Thresholds limits = context.thresholds();
        List<JavaMethod> endpoints = javaClass.getMethods().stream()
                .filter(context.conventions()::isEndpoint)
                .sorted(Comparator.comparingInt(m -> m.getSourceCodeLocation().getLineNumber()))
                .toList();
        if (endpoints.isEmpty() && handlersRecognised && (javaClass.getModifiers().contains(JavaModifier.ABSTRACT) || !WebHandlers.inherits(javaClass, context))) {
            return;
        }
        Set<String> paths = new TreeSet<>();
        List<JavaMethod> ownEndpoints = endpoints.stream().filter(endpoint -> !answersFromBaseResource(endpoint)).toList();
        ownEndpoints.forEach(endpoint -> paths.add(ResourcePaths.of(context.conventions().endpointDeclaration(endpoint),
                context.conventions().names(Term.ENDPOINT_ANNOTATIONS))));
        Set<String> collaborators = collaborators(javaClass, context);
        boolean tooManyCollaborators = collaborators.size() > limits.maxCollaboratorsPerController();
        if (paths.size() > limits.maxEndpointsPerController() && !isFacadeOfItsServices(javaClass, endpoints, collaborators, context)
                && !isRestFaceOfOneService(javaClass, endpoints, collaborators, context)) {
            // One class, one fact: a controller with too many resources has the collaborators they need; both counts
            // go in one finding, under the endpoints key.
            violations.accept(newViolation(
                    Locations.stableName(javaClass) + "#endpoints",
                    Locations.sentenceStart(context.roleWord(javaClass)) + " <" + javaClass.getName() + "> serves " + paths.size() + " resource paths with " + ownEndpoints.size()
                            + " endpoints, more than the limit of " + limits.maxEndpointsPerController() + " resource paths"
                            + (tooManyCollaborators ? ", and has " + collaborators.size() + " injected collaborators (limit "
                                    + limits.maxCollaboratorsPerController() + ")" : ""),
                    Locations.of(javaClass),
                    "split " + javaClass.getSimpleName() + " into controllers of at most "
                            + limits.maxEndpointsPerController() + " resource paths, one per resource or use case"));
        } else if (tooManyCollaborators) {
            violations.accept(newViolation(
                    Locations.stableName(javaClass) + "#collaborators",
                    Locations.sentenceStart(context.roleWord(javaClass)) + " <" + javaClass.getName() + "> has " + collaborators.size()
                            + " injected collaborators, more than the limit of " + limits.maxCollaboratorsPerController()
                            + ": " + collaborators,
                    Locations.of(javaClass),
                    "split " + javaClass.getSimpleName() + " or move the orchestration into a service (a facade)"));
        }
    }


    /**
     * An endpoint that only puts one of its base resource's generic sub-resources (tags, custom fields, audit logs) on
     * this resource's path: its answer comes from an explicit {@code super.…(…)} call of the base class, returning what
     * the endpoint returns. Such endpoints are the base class's responsibility, shared by every resource that extends it,
     * like the endpoints a controller inherits, which are not counted either.
     */
    private static boolean answersFromBaseResource(JavaMethod endpoint) {
        JavaClass owner = endpoint.getOwner();
        String answer = endpoint.getRawReturnType().getName();
        // a superclass is neither the class itself nor an interface; java.lang.Object's methods answer nothing of a resource
        return !answer.equals("void") && endpoint.getMethodCallsFromSelf().stream().anyMatch(call ->
                !call.getTargetOwner().getName().startsWith("java.") && owner.getAllRawSuperclasses().contains(call.getTargetOwner())
                        && call.getTarget().getRawReturnType().getName().equals(answer));
    }

    /** The most services a facade controller delegates to (a resource's service and, say, its test or import service). */
    private static final int FACADE_SERVICES = 2;
    /**
     * The most statements of logic a delegating endpoint has: a call, the answer built from it, and its return when the
     * answer was kept in a local first ({@code List<Release> list = releases.list(); CollectionModel<…> model =
     * assembler.toCollectionModel(list); return model;}).
     */
    private static final int DELEGATION_STATEMENTS = 3;

    /**
     * The REST face of one or two services: every endpoint is a delegation — no decision, at most
     * {@value #DELEGATION_STATEMENTS} statements of logic, by its source — that calls at most one of the controller's at
     * most {@value #FACADE_SERVICES} collaborators, itself or through private helpers of the controller that decide
     * nothing ({@code delete(name)} calling {@code deleteRelease(name, false)}, which calls the service). Its many paths
     * are the operations of those services (a workflow's start, pause, resume, retry, …); there is no logic in the
     * controller to split, and splitting it would not change what the services are responsible for. An endpoint that
     * calls none of them and has no logic (the index of links to the controller's own endpoints) adds no responsibility
     * either. Without the source of the controller nothing is known, and the finding stays.
     */
    private static boolean isFacadeOfItsServices(JavaClass javaClass, List<JavaMethod> endpoints, Set<String> collaborators,
                                                 RuleContext context) {
        if (collaborators.isEmpty() || collaborators.size() > FACADE_SERVICES) {
            return false;
        }
        Optional<SourceFacts> facts = context.sources().facts(javaClass);
        if (facts.isEmpty()) {
            return false;
        }
        boolean delegates = false;
        for (JavaMethod endpoint : endpoints) {
            List<JavaMethod> helpers = privateHelpers(endpoint);
            if (!isDelegation(endpoint, facts.get()) || !helpers.stream().allMatch(helper -> decidesNothing(helper, facts.get()))) {
                return false;
            }
            long called = collaboratorsCalled(endpoint, helpers, collaborators).size();
            if (called > 1) {
                return false;
            }
            delegates |= called == 1;
        }
        return delegates;
    }

    private static boolean isDelegation(JavaMethod method, SourceFacts facts) {
        Optional<SourceFacts.Method> figures = facts.method(method);
        return figures.isPresent() && figures.get().decisions() == 0 && figures.get().logicStatements() <= DELEGATION_STATEMENTS;
    }

    private static boolean decidesNothing(JavaMethod method, SourceFacts facts) {
        return facts.method(method).filter(figures -> figures.decisions() == 0).isPresent();
    }

    /** The collaborators {@code endpoint} calls, itself or through its private helpers. */
    private static Set<String> collaboratorsCalled(JavaMethod endpoint, List<JavaMethod> helpers, Set<String> collaborators) {
        Set<String> called = new TreeSet<>();
        java.util.stream.Stream.concat(java.util.stream.Stream.of(endpoint), helpers.stream())
                .flatMap(method -> method.getMethodCallsFromSelf().stream())
                .map(call -> call.getTargetOwner().getName())
                .filter(collaborators::contains)
                .forEach(called::add);
        return called;
    }

    /** The private methods of the endpoint's class it calls, directly or through one another. */
    private static List<JavaMethod> privateHelpers(JavaMethod endpoint) {
        Set<JavaMethod> found = new LinkedHashSet<>();
        Deque<JavaMethod> todo = new ArrayDeque<>(List.of(endpoint));
        while (!todo.isEmpty()) {
            for (JavaMethodCall call : todo.pop().getMethodCallsFromSelf()) {
                if (call.getTargetOwner().equals(endpoint.getOwner())) {
                    call.getTarget().resolveMember()
                            .filter(target -> target.getModifiers().contains(JavaModifier.PRIVATE) && !target.equals(endpoint))
                            .filter(found::add)
                            .ifPresent(todo::push);
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * The REST face of one service: every handler is thin (within the limits of {@code controllers.thin-handlers}, by its
     * source) and the controller's only collaborator is one service — or one of its two collaborators is a service every
     * endpoint calls (itself or through private helpers), the other a look-up some of them make first (a plugin
     * API finding the document and section an app is loaded into through the document store). Its many paths
     * are the operations of that one service's aggregate (a process definition's create, copy, release, versions, export,
     * …): a guard or a parsed body in a handler does not make a second responsibility, and splitting the controller would
     * give several controllers over the same service. A controller with a fat handler does work of its own beside the
     * service and is still checked for its size; one with no injected collaborator is not a face of anything and is
     * checked too, and so is one whose two services each serve only some of its endpoints (files and functions).
     */
    private static boolean isRestFaceOfOneService(JavaClass javaClass, List<JavaMethod> endpoints, Set<String> collaborators,
                                                  RuleContext context) {
        if (collaborators.isEmpty() || collaborators.size() > FACADE_SERVICES || !ThinHandlers.allThin(javaClass, context)) {
            return false;
        }
        return collaborators.size() == 1 || collaborators.stream().anyMatch(service -> endpoints.stream()
                .allMatch(endpoint -> collaboratorsCalled(endpoint, privateHelpers(endpoint), collaborators).contains(service)));
    }

    private static Set<String> collaborators(JavaClass javaClass, RuleContext context) {
        Map<String, JavaClass> types = new java.util.TreeMap<>();
        if (!isSubResource(javaClass)) {
            // the widest constructor; among equally wide ones the injected one, then the first by signature, so that the
            // answer does not depend on the order the import hands them over
            javaClass.getConstructors().stream()
                    .max(Comparator.comparingInt((JavaConstructor c) -> c.getParameters().size())
                            .thenComparing(c -> context.conventions().isInjectedByAnnotation(c))
                            .thenComparing(JavaConstructor::getFullName, Comparator.reverseOrder()))
                    .ifPresent(constructor -> addParameters(constructor, context, types));
        }
        for (JavaField field : javaClass.getFields()) {
            if (context.conventions().isInjectedByAnnotation(field) && !context.conventions().isConfigValue(field)) {
                addType(field.getRawType(), context, types);
            }
        }
        for (JavaMethod method : javaClass.getMethods()) {
            if (context.conventions().isInjectedByAnnotation(method) && !context.conventions().isConfigValue(method)) {
                addParameters(method, context, types);
            }
        }
        types.values().removeIf(type -> isRequestPlumbing(javaClass, type, context) || Wiring.keptButNeverRead(javaClass, type)
                || type.getSimpleName().equals(CLOCK));
        return new TreeSet<>(types.keySet());
    }

    /** What a clock is called: {@code java.time.Clock}, a {@code java.*} type, is no collaborator, and neither is a library's. */
    private static final String CLOCK = "Clock";

    /**
     * The handles of the request being served that a handler is given: JAX-RS {@code UriInfo}, {@code HttpHeaders},
     * {@code Request}, {@code SecurityContext}, {@code ContainerRequestContext}, the servlet request, Spring's
     * {@code WebRequest}, {@code ServerHttpRequest} and {@code ServerWebExchange}. The response is not among them: a
     * service that writes a download into it does work of its own.
     */
    private static final List<String> REQUEST_HANDLES = List.of(
            "jakarta.ws.rs.core.UriInfo", "javax.ws.rs.core.UriInfo", "jakarta.ws.rs.core.HttpHeaders", "javax.ws.rs.core.HttpHeaders",
            "jakarta.ws.rs.core.Request", "javax.ws.rs.core.Request", "jakarta.ws.rs.core.SecurityContext", "javax.ws.rs.core.SecurityContext",
            "jakarta.ws.rs.container.ContainerRequestContext", "javax.ws.rs.container.ContainerRequestContext",
            "jakarta.servlet.ServletRequest", "javax.servlet.ServletRequest", "org.springframework.web.context.request.WebRequest",
            "org.springframework.http.server.reactive.ServerHttpRequest", "org.springframework.web.server.ServerWebExchange");

    /** The response being served (the request is among {@link #REQUEST_HANDLES}). */
    private static final List<String> RESPONSE_HANDLES = List.of(
            "jakarta.servlet.ServletResponse", "javax.servlet.ServletResponse", "org.springframework.http.server.reactive.ServerHttpResponse");

    /**
     * The request being served or its response, injected into the controller (Spring's request-scoped proxy of the
     * {@code HttpServletRequest}, a {@code @Context UriInfo} field): the request's context, which a handler could as well
     * take as a parameter, not a collaborator with a responsibility.
     */
    private static boolean isServedExchange(JavaClass type, RuleContext context) {
        return Stream.concat(REQUEST_HANDLES.stream(), RESPONSE_HANDLES.stream()).anyMatch(handle -> context.isAssignableTo(type, handle));
    }

    /** Supertypes of object mappers: Jackson's mapper, Spring's converters, Spring HATEOAS's model assemblers. */
    private static final List<String> OBJECT_MAPPER_TYPES = List.of(
            "com.fasterxml.jackson.databind.ObjectMapper", "tools.jackson.databind.ObjectMapper",
            "org.springframework.core.convert.converter.Converter",
            "org.springframework.hateoas.server.RepresentationModelAssembler");

    /**
     * An object mapper: a translator between the API's model and the domain's — a MapStruct mapper
     * ({@linkplain Term#OBJECT_MAPPER_ANNOTATIONS {@code @Mapper}}), a class named {@code …Mapper} or {@code …Converter} that
     * is no repository (a MyBatis mapper is one) and no client, Jackson's {@code ObjectMapper}, a Spring {@code Converter}
     * or HATEOAS model assembler. Presenting the resource in the API's model is the controller's own job, one mapper per
     * model it answers with; the mappers add no responsibility, and counting them would report a controller of three
     * services for its five response models.
     */
    private static boolean isObjectMapper(JavaClass type, RuleContext context) {
        if (context.hasRole(type, Role.REPOSITORY) || context.hasRole(type, Role.CLIENT)) {
            return false;
        }
        String name = type.getSimpleName();
        return name.endsWith("Mapper") || name.endsWith("Converter")
                || Annotations.hasAny(type, context.conventions().names(Term.OBJECT_MAPPER_ANNOTATIONS))
                || OBJECT_MAPPER_TYPES.stream().anyMatch(mapper -> context.isAssignableTo(type, mapper));
    }

    /**
     * Request plumbing: a collaborator every call of which by the controller hands it the request being served — Kill
     * Bill's {@code Context}, which builds the call context from the request's headers
     * ({@code context.createCallContextNoAccountId(createdBy, reason, comment, request)}), a builder of {@code Location}
     * links from the {@code UriInfo}. It reads the request for the controller, the work the framework's argument
     * resolvers do, whatever resource the controller serves, so it adds no responsibility. A collaborator called even
     * once without the request does work of its own and counts.
     */
    private static boolean isRequestPlumbing(JavaClass javaClass, JavaClass type, RuleContext context) {
        List<JavaMethodCall> calls = javaClass.getMethodCallsFromSelf().stream()
                .filter(call -> ImportedSupertypes.isAssignableTo(call.getTargetOwner(), type.getName()))
                .toList();
        return !calls.isEmpty() && calls.stream().allMatch(call -> call.getTarget().getRawParameterTypes().stream()
                .anyMatch(parameter -> REQUEST_HANDLES.stream().anyMatch(handle -> context.isAssignableTo(parameter, handle))));
    }

    /**
     * A JAX-RS sub-resource: a per-request resource the code base creates itself (in a locator of its parent). Its
     * constructor takes the request's context from the parent (session, realm, URI info, permissions), not
     * collaborators the container injects.
     */
    private static boolean isSubResource(JavaClass javaClass) {
        return JaxRsResources.isPerRequestResource(javaClass) && !javaClass.getConstructorCallsToSelf().stream()
                .filter(call -> !call.getOriginOwner().equals(javaClass) && !javaClass.isAssignableFrom(call.getOriginOwner().getName()))
                .toList().isEmpty();
    }

    private static void addParameters(JavaCodeUnit codeUnit, RuleContext context, Map<String, JavaClass> types) {
        for (JavaParameter parameter : codeUnit.getParameters()) {
            if (!context.conventions().isConfigValue(parameter) && !Wiring.isRequestContext(parameter)
                    && !isBaseClassCollaborator(codeUnit, parameter.getRawType())) {
                addType(parameter.getRawType(), context, types);
            }
        }
    }

    /**
     * A constructor parameter the controller only hands to {@code super(…)}: the base class's collaborator, which its
     * shared helpers (tags, custom fields, audit) use. Bytecode tells no data flow, so this goes by type: the
     * {@code super(…)} call takes that type, and the controller neither keeps it in a field of its own nor calls or
     * accesses it anywhere in its own code ({@link Wiring#onlyPassesOn}); one call on it, even through a getter of the
     * base class, and it is this controller's collaborator too.
     */
    private static boolean isBaseClassCollaborator(JavaCodeUnit codeUnit, JavaClass type) {
        return codeUnit.isConstructor() && Wiring.handsToSuper(codeUnit, type) && Wiring.onlyPassesOn(codeUnit.getOwner(), type);
    }

    private static void addType(JavaClass type, RuleContext context, Map<String, JavaClass> types) {
        if (type.isPrimitive() || type.isArray() || type.getName().startsWith("java.")
                || context.hasRole(type, Role.CONFIGURATION) || isServedExchange(type, context) || isObjectMapper(type, context)
                || context.conventions().names(Term.CONTAINER_HANDLE_TYPES).stream()
                        .anyMatch(handle -> ImportedSupertypes.isAssignableTo(type, handle))
                || context.conventions().names(Term.CROSS_CUTTING_TYPES).stream()
                        .anyMatch(handle -> ImportedSupertypes.isAssignableTo(type, handle))) {
            return;
        }
        types.put(type.getName(), type);
    }
}
