package dev.archrules.core.recognize;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import dev.archrules.core.conventions.Annotations;
import dev.archrules.core.conventions.Term;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.model.Flow;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.SourceLocation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The call paths of the code base: from a method (a request handler, a transactional method), the calls it makes inside
 * the code base, followed through interfaces to their implementations in the import, to the calls that leave it — remote
 * calls (HTTP requests, external SDK clients, message sends, mail) and data access — in the order of their lines, each
 * with the path that reaches it.
 *
 * <p>A call to a code-base class is followed into the called method, or, when it is declared by an interface or is
 * abstract, into each implementation in the import. A call is a remote call or data access, and is not followed, when it
 * is one of {@link Term#HTTP_REQUEST_CALLS} (or {@link Term#HTTP_CLIENT_METHODS}), {@link Term#MESSAGE_SEND_CALLS},
 * {@link Term#MAIL_SEND_CALLS}, a call of an {@linkplain dev.archrules.core.conventions.ExternalClients external client},
 * a call of a code-base client interface without implementation (a declarative HTTP client such as a Feign client), a
 * call of a data-access API or of a repository. Methods run on another thread ({@link Term#ASYNC_ANNOTATIONS}) and those
 * the caller's stop predicate names are not followed. Calls inside lambdas count where the lambda is written.
 *
 * <p>Paths are at most {@value #MAX_DEPTH} methods deep; a cycle ends a path. A method's effects are remembered once
 * walked — except where a cycle came back to a method above it, which left them incomplete: those serve only the
 * rest of that walk, and a later walk reaching the method again recomputes them. One instance serves one rule's run
 * over one import, and is dropped with it.
 */
public final class CallPaths {

    /** How deep paths are followed, in methods. */
    public static final int MAX_DEPTH = 12;
    private static final int MAX_EFFECTS_PER_METHOD = 200;
    /** How deep a sequence of remote calls is followed, in calls from its start. */
    public static final int SEQUENCE_DEPTH = 4;
    private static final Set<String> OBJECT_METHODS = Set.of("close", "toString", "hashCode", "equals", "getClass", "builder");

    /** What a call that leaves the code base does. */
    public enum Kind {
        HTTP("makes an HTTP request with", "make the HTTP request"),
        CLIENT("calls the external service client", "call the external service"),
        MESSAGE("sends a message with", "send the message"),
        MAIL("sends mail with", "send the mail"),
        DATA_ACCESS("accesses data with", "access the data");

        private final String verb;
        private final String instruction;

        Kind(String verb, String instruction) {
            this.verb = verb;
            this.instruction = instruction;
        }

        /** The same as an instruction for a fix hint, e.g. "send the message". */
        public String instruction() {
            return instruction;
        }

        /** A phrase for messages, e.g. "sends a message with". */
        public String verb() {
            return verb;
        }

        /** Whether the call goes to another system (all kinds but data access). */
        public boolean remote() {
            return this != DATA_ACCESS;
        }
    }

    /**
     * One call on a path.
     *
     * @param from     the method of the code base making the call
     * @param target   the called method, {@code owner.Type#method}
     * @param location where the call is made
     */
    public record Step(JavaCodeUnit from, String target, SourceLocation location) {

        /** The step a call makes: from its method, to {@code owner.Type#method}, where it is made. */
        static Step of(JavaMethodCall call) {
            return new Step(call.getOrigin(), call.getTargetOwner().getName() + "#" + call.getName(), Locations.of(call.getSourceCodeLocation()));
        }

        /** {@code Owner.method (File.java:12)}. */
        public String describe() {
            return Locations.simpleName(from.getOwner()) + "." + from.getName() + " " + location;
        }
    }

    /**
     * A call that leaves the code base, and the path to it.
     *
     * @param kind    what the call does
     * @param api     the called method, {@code owner.Type#method}
     * @param reached the class owning the called method (a library type, or a repository or client of the code base)
     * @param path    the calls from the start method to this one, the last being this call
     */
    public record Effect(Kind kind, String api, JavaClass reached, List<Step> path) {

        public Effect {
            Objects.requireNonNull(kind, "kind");
            path = List.copyOf(path);
            if (path.isEmpty()) {
                throw new IllegalArgumentException("a path has at least one call");
            }
        }

        /** This effect reached through one more call before its path: {@code step}, then this path. */
        Effect after(Step step) {
            List<Step> longer = new ArrayList<>(path.size() + 1);
            longer.add(step);
            longer.addAll(path);
            return new Effect(kind, api, reached, longer);
        }

        /** Where the start method makes the first call of the path. */
        public SourceLocation start() {
            return path.get(0).location();
        }

        /** Where the call leaving the code base is made. */
        public SourceLocation location() {
            return path.get(path.size() - 1).location();
        }

        /** The called API as {@code Type.method}, for messages. */
        public String apiName() {
            int hash = api.indexOf('#');
            String owner = api.substring(0, hash);
            return owner.substring(owner.lastIndexOf('.') + 1) + "." + api.substring(hash + 1);
        }

        /** {@code A.m (A.java:3) → B.n (B.java:7) → RestTemplate.getForObject}. */
        public String describe() {
            StringBuilder text = new StringBuilder();
            for (Step step : path) {
                text.append(step.describe()).append(" → ");
            }
            return text.append(apiName()).toString();
        }

        /**
         * The classes of the code base the path passes through, in order, a class counted again only when the path
         * comes back to it after another: the start method's class, each class called, and the repository or client
         * of the code base reached. A call an object makes on itself is no step to another class: a method it inherits
         * from its superclass, or a base class's call of the subclass's override (a template method), runs in the same
         * object, counted once as the object's class ({@link #onSameObject}).
         */
        public List<JavaClass> classes(RuleContext context) {
            List<JavaClass> classes = new ArrayList<>(hops().stream().map(Hop::object).toList());
            if (context.inScope(reached) && !Locations.sameTopLevel(classes.get(classes.size() - 1), reached)) {
                classes.add(reached);
            }
            return classes;
        }

        /**
         * The path cut where it passes from one class to the next, as {@link #classes} counts them: each class making
         * calls of the path, in order, with the calls it makes (the reached repository or client makes none).
         */
        public List<Hop> hops() {
            List<Hop> hops = new ArrayList<>();
            JavaClass object = null;
            Step previous = null;
            for (Step step : path) {
                JavaClass running = step.from().getOwner();
                object = previous != null && onSameObject(previous, object, running) ? moreSpecific(object, running) : running;
                Hop last = hops.isEmpty() ? null : hops.get(hops.size() - 1);
                if (last != null && Locations.sameTopLevel(last.object(), object)) {
                    hops.set(hops.size() - 1, last.with(step));
                } else {
                    hops.add(new Hop(object, List.of(step)));
                }
                previous = step;
            }
            return hops;
        }

        /**
         * Whether {@code call}, made by an object of class {@code object}, runs {@code callee}'s method on that same
         * object: the call is made on the calling class's own type ({@code this.m()}, an inherited {@code m()}) or on
         * its superclass ({@code super.m()}), and the method runs in a supertype of the object's class (an inherited
         * method) or in a subtype (the override a base class's template method calls).
         */
        private static boolean onSameObject(Step call, JavaClass object, JavaClass callee) {
            JavaClass caller = call.from().getOwner();
            String receiver = call.target().substring(0, call.target().indexOf('#'));
            boolean onOwnType = receiver.equals(caller.getName())
                    || caller.getRawSuperclass().map(superclass -> superclass.getName().equals(receiver)).orElse(false);
            return onOwnType && (object.isAssignableTo(callee.getName()) || callee.isAssignableTo(object.getName()));
        }

        private static JavaClass moreSpecific(JavaClass object, JavaClass running) {
            return running.isAssignableTo(object.getName()) ? running : object;
        }

    }

    /**
     * One class of a path and the calls the path makes in it.
     *
     * @param object the class (for a call an object makes on itself through its class hierarchy, the object's class)
     * @param calls  the calls of the path made in it, in order
     */
    public record Hop(JavaClass object, List<Step> calls) {

        public Hop {
            calls = List.copyOf(calls);
        }

        Hop with(Step call) {
            List<Step> more = new ArrayList<>(calls);
            more.add(call);
            return new Hop(object, more);
        }
    }

    /**
     * The flow of these effects, in order, for the reports to draw: each call from its class to the class it reaches
     * (the next method's class, or for the last call the API's owner), the last call marked remote or data access. The
     * calls an effect shares with the one before it (the same call sites from the start) are drawn once.
     */
    public static Flow flowOf(List<Effect> effects, String note) {
        List<Flow.Call> calls = new ArrayList<>();
        List<Step> previous = List.of();
        for (Effect effect : effects) {
            List<Step> path = effect.path();
            int shared = 0;
            while (shared < Math.min(previous.size(), path.size() - 1) && previous.get(shared).equals(path.get(shared))) {
                shared++;
            }
            for (int i = shared; i < path.size(); i++) {
                Step step = path.get(i);
                boolean last = i == path.size() - 1;
                String to = last ? Locations.simpleName(effect.reached()) : Locations.simpleName(path.get(i + 1).from().getOwner());
                Flow.Kind kind = !last ? Flow.Kind.CALL : effect.kind().remote() ? Flow.Kind.REMOTE : Flow.Kind.DATA_ACCESS;
                calls.add(new Flow.Call(Locations.simpleName(step.from().getOwner()), to, step.target().substring(step.target().indexOf('#') + 1),
                        step.location().fileName() + ":" + step.location().line(), kind));
            }
            previous = path;
        }
        return new Flow(calls, note);
    }

    private final RuleContext context;
    private final Predicate<JavaCodeUnit> stopAt;
    private final boolean throughAlternatives;
    private final boolean onRequestThread;
    private final Map<JavaCodeUnit, List<Effect>> walked = new HashMap<>();
    private final Map<Integer, Map<JavaCodeUnit, List<Effect>>> sequences = new HashMap<>();
    private final Map<JavaClass, List<JavaClass>> implementations = new HashMap<>();
    private final Map<JavaClass, List<JavaMethodCall>> httpClientCalls = new HashMap<>();
    /** The methods of the current path, with their depth on it. */
    private final Map<JavaCodeUnit, Integer> onPath = new HashMap<>();
    /** Results of the current walk that a cycle cut short: valid until the walk ends. */
    private final Map<JavaCodeUnit, List<Effect>> thisWalk = new HashMap<>();
    /** The smallest depth of a method on the path that a cycle below came back to ({@code MAX_VALUE}: none). */
    private int lowestCut = Integer.MAX_VALUE;

    private CallPaths(RuleContext context, Predicate<JavaCodeUnit> stopAt, boolean throughAlternatives, boolean onRequestThread) {
        this.context = Objects.requireNonNull(context, "context");
        this.stopAt = Objects.requireNonNull(stopAt, "stopAt");
        this.throughAlternatives = throughAlternatives;
        this.onRequestThread = onRequestThread;
    }

    /** The call paths of a run, following every call inside the code base but into methods run on another thread. */
    public static CallPaths of(RuleContext context) {
        return new CallPaths(context, method -> false, true, false);
    }

    /**
     * The call paths a request runs on its own thread: as {@link #of(RuleContext)}, but without the calls of a lambda a
     * method hands to an executor ({@link Term#EXECUTOR_CALLS}: {@code executor.submit(() -> …)},
     * {@code CompletableFuture.supplyAsync(…)}), which run on another thread, in parallel with the request's calls or
     * after it — as methods marked asynchronous do.
     */
    public static CallPaths onRequestThread(RuleContext context) {
        return new CallPaths(context, method -> false, true, true);
    }

    /**
     * The call paths a request runs on its own thread ({@link #onRequestThread}) that stop where a called method has
     * several implementations in the code base (a plugin or strategy interface): which one runs is decided at run time,
     * so no path through one of them is the request's.
     */
    public static CallPaths withoutAlternatives(RuleContext context) {
        return new CallPaths(context, method -> false, false, true);
    }

    /** The call paths of a run that do not follow calls into the methods {@code stopAt} names (nor into asynchronous ones). */
    public static CallPaths of(RuleContext context, Predicate<JavaCodeUnit> stopAt) {
        return new CallPaths(context, stopAt, true, false);
    }

    /** The calls leaving the code base on the paths from {@code start}, in the order of the start method's lines. */
    public List<Effect> effects(JavaCodeUnit start) {
        if (onPath.isEmpty()) {
            thisWalk.clear();
        }
        List<Effect> known = walked.getOrDefault(start, thisWalk.get(start));
        if (known != null) {
            return known;
        }
        Integer onPathAt = onPath.get(start);
        if (onPathAt != null) {
            lowestCut = Math.min(lowestCut, onPathAt);
            return List.of();
        }
        if (onPath.size() >= MAX_DEPTH) {
            return List.of();
        }
        int depth = onPath.size();
        onPath.put(start, depth);
        int cutAbove = lowestCut;
        lowestCut = Integer.MAX_VALUE;
        List<Effect> effects = new ArrayList<>();
        try {
            for (JavaMethodCall call : callsOf(start)) {
                if (effects.size() >= MAX_EFFECTS_PER_METHOD) {
                    break;
                }
                effects.addAll(effectsOf(call));
            }
        } finally {
            onPath.remove(start);
        }
        List<Effect> result = List.copyOf(effects);
        // A cycle cut back to a method above this one left this result without that method's effects: it serves the
        // rest of this walk (whose start collects them), but not later walks, which recompute it
        boolean complete = lowestCut >= depth;
        (complete ? walked : thisWalk).put(start, result);
        lowestCut = Math.min(cutAbove, lowestCut >= depth ? Integer.MAX_VALUE : lowestCut);
        return result;
    }

    /**
     * The methods of the code base the given methods call, directly or through others, at most {@code depth} calls away
     * (the starts included), following interfaces to their implementations and leaving out methods run on another thread.
     */
    public Set<JavaCodeUnit> reachableFrom(Collection<? extends JavaCodeUnit> starts, int depth) {
        Set<JavaCodeUnit> reached = new HashSet<>(starts);
        List<JavaCodeUnit> frontier = new ArrayList<>(starts);
        for (int level = 0; level < depth && !frontier.isEmpty(); level++) {
            List<JavaCodeUnit> next = new ArrayList<>();
            for (JavaCodeUnit method : frontier) {
                for (JavaMethodCall call : method.getMethodCallsFromSelf()) {
                    for (JavaCodeUnit callee : callees(call)) {
                        if (reached.add(callee)) {
                            next.add(callee);
                        }
                    }
                }
            }
            frontier = next;
        }
        return reached;
    }

    /** The calls leaving the code base on the paths from one call: the call itself if it leaves, else those of its callees. */
    public List<Effect> effectsOf(JavaMethodCall call) {
        Step step = Step.of(call);
        Optional<Kind> kind = classify(call);
        if (kind.isPresent()) {
            return List.of(new Effect(kind.get(), step.target(), call.getTargetOwner(), List.of(step)));
        }
        List<Effect> effects = new ArrayList<>();
        for (JavaCodeUnit callee : callees(call)) {
            for (Effect further : effects(callee)) {
                effects.add(further.after(step));
            }
        }
        return effects;
    }

    /**
     * The remote calls one request makes one after another from {@code start}: the calls of the kinds {@code counted}
     * names on the path that makes the most of them, each at most {@value #SEQUENCE_DEPTH} calls from {@code start}
     * (handler → service → client adapter → the call, one helper in between): deeper in a flow a remote call runs on
     * some requests, not on every one. Where a called method has several implementations in the code base, only one of
     * them runs per call, so the implementation making the most counts (alternatives are not a sequence); a call site
     * reached twice counts once, so does a call in a loop, and so do the calls one method makes through one connection
     * to a server ({@link #isConnection}: bind, search, search, unbind is one conversation). Data access is not counted.
     */
    public List<Effect> longestRemoteSequence(JavaCodeUnit start, Predicate<Kind> counted) {
        return filtered(sequence(start, SEQUENCE_DEPTH), counted);
    }

    private List<Effect> sequence(JavaCodeUnit method, int depth) {
        Map<JavaCodeUnit, List<Effect>> memo = sequences.computeIfAbsent(depth, d -> new HashMap<>());
        List<Effect> known = memo.get(method);
        if (known != null) {
            return known;
        }
        if (depth == 0 || onPath.containsKey(method)) {
            return List.of();
        }
        onPath.put(method, onPath.size());
        List<Effect> sequence = new ArrayList<>();
        Set<SourceLocation> sites = new HashSet<>();
        Set<String> conversations = new HashSet<>();
        try {
            for (JavaMethodCall call : callsOf(method)) {
                Step step = Step.of(call);
                Optional<Kind> kind = classify(call);
                if (kind.isPresent()) {
                    boolean conversed = isConnection(call.getTargetOwner()) && !conversations.add(call.getTargetOwner().getName());
                    if (kind.get().remote() && !conversed && sites.add(step.location())) {
                        sequence.add(new Effect(kind.get(), step.target(), call.getTargetOwner(), List.of(step)));
                    }
                    continue;
                }
                List<Effect> longest = List.of();
                for (JavaCodeUnit callee : callees(call)) {
                    List<Effect> further = sequence(callee, depth - 1);
                    if (further.size() > longest.size()) {
                        longest = further;
                    }
                }
                for (Effect further : longest) {
                    if (sites.add(further.location())) {
                        sequence.add(further.after(step));
                    }
                }
            }
        } finally {
            onPath.remove(method);
        }
        List<Effect> result = List.copyOf(sequence);
        memo.put(method, result);
        return result;
    }

    /**
     * Whether {@code type} is a connection to one server: a directory client ({@link Term#DIRECTORY_CLIENT_TYPES}: an
     * LDAP connection, a JNDI directory context) or an external client type named {@code …Connection}. The calls one
     * method makes through it — binding, the searches, unbinding, the checks of its state — are one conversation with
     * that server, counted once in a sequence.
     */
    private boolean isConnection(JavaClass type) {
        return context.conventions().externalClient(type)
                .filter(match -> type.getSimpleName().endsWith("Connection")
                        || context.conventions().names(Term.DIRECTORY_CLIENT_TYPES).contains(match.entry()))
                .isPresent();
    }

    private static List<Effect> filtered(List<Effect> effects, Predicate<Kind> counted) {
        return effects.stream().filter(effect -> counted.test(effect.kind())).toList();
    }

    /** A call of {@code URL#openStream}/{@code #openConnection} in a class that makes HTTP requests with it, not one reading resources. */
    private boolean isHttpClientCall(JavaMethodCall call) {
        return context.conventions().isHttpClientCall(call)
                && httpClientCalls.computeIfAbsent(call.getOriginOwner(), owner -> context.conventions().httpClientCalls(owner)).contains(call);
    }

    /**
     * The method calls of a method, in the order of their lines: ArchUnit counts the calls of a lambda as calls of the
     * method that writes it. On the request's thread ({@link #onRequestThread}), without those of a lambda it hands to
     * an executor ({@link #handedOff}).
     */
    private List<JavaMethodCall> callsOf(JavaCodeUnit method) {
        List<JavaMethodCall> calls = method.getMethodCallsFromSelf().stream()
                .sorted(Comparator.comparingInt((JavaMethodCall call) -> call.getLineNumber())
                        .thenComparing(call -> call.getTarget().getFullName()))
                .toList();
        if (!onRequestThread) {
            return calls;
        }
        Set<JavaMethodCall> handedOff = handedOff(calls);
        return handedOff.isEmpty() ? calls : calls.stream().filter(call -> !handedOff.contains(call)).toList();
    }

    /**
     * The calls of the lambdas a method hands to an executor ({@link Term#EXECUTOR_CALLS}), of {@code calls} sorted by
     * line: those declared in a lambda, on or after the executor call's line and before the method's next call outside
     * a lambda (as {@code reliability.no-remote-calls-in-transactions} finds a transaction template's callback).
     */
    private Set<JavaMethodCall> handedOff(List<JavaMethodCall> calls) {
        Set<JavaMethodCall> handedOff = new HashSet<>();
        for (JavaMethodCall executor : calls) {
            if (executor.isDeclaredInLambda() || !context.isCallTo(Term.EXECUTOR_CALLS, executor)) {
                continue;
            }
            int end = calls.stream().filter(call -> !call.isDeclaredInLambda() && call.getLineNumber() > executor.getLineNumber())
                    .mapToInt(JavaMethodCall::getLineNumber).min().orElse(Integer.MAX_VALUE);
            calls.stream().filter(call -> call.isDeclaredInLambda() && call.getLineNumber() >= executor.getLineNumber()
                    && call.getLineNumber() < end).forEach(handedOff::add);
        }
        return handedOff;
    }

    private Optional<Kind> classify(JavaMethodCall call) {
        JavaClass owner = call.getTargetOwner();
        if (context.isCallTo(Term.MESSAGE_SEND_CALLS, call)) {
            return Optional.of(Kind.MESSAGE);
        }
        if (context.isCallTo(Term.MAIL_SEND_CALLS, call)) {
            return Optional.of(Kind.MAIL);
        }
        if (context.isCallTo(Term.HTTP_REQUEST_CALLS, call) || isHttpClientCall(call)) {
            return Optional.of(Kind.HTTP);
        }
        if (context.inScope(owner)) {
            if (context.hasRole(owner, Role.REPOSITORY)) {
                return setsAProperty(call) ? Optional.empty() : Optional.of(Kind.DATA_ACCESS);
            }
            if (context.hasRole(owner, Role.CLIENT) && owner.isInterface() && implementations(owner).isEmpty()) {
                return Optional.of(Kind.CLIENT);
            }
            if (context.roles().externalClient(owner).isPresent() && !OBJECT_METHODS.contains(call.getName())) {
                return Optional.of(Kind.CLIENT); // a generated stub of the code base (gRPC)
            }
            return Optional.empty();
        }
        if (context.conventions().isDataAccessApi(owner)) {
            return Optional.of(Kind.DATA_ACCESS);
        }
        if (!context.conventions().isHttpClientApi(owner) && context.roles().externalClient(owner).isPresent()
                && !OBJECT_METHODS.contains(call.getName()) && !isStatic(call)) {
            return Optional.of(Kind.CLIENT);
        }
        return Optional.empty();
    }

    /**
     * A call of a property setter of a repository: {@code setX(value)}, returning nothing, whose body (or, declared by an
     * interface, each implementation's in the code base) stores its argument in a field and calls nothing. It configures
     * the repository (an entity manager, a data source handed to a fresh prototype) and accesses no data; a setter that
     * does more, or one without a body in the code base (a mapper's {@code setStatus(…)} statement), is data access.
     */
    private boolean setsAProperty(JavaMethodCall call) {
        String name = call.getName();
        if (name.length() < 4 || !name.startsWith("set") || !Character.isUpperCase(name.charAt(3))
                || call.getTarget().getRawParameterTypes().size() != 1 || !call.getTarget().getRawReturnType().getName().equals("void")) {
            return false;
        }
        Optional<JavaMethod> called = call.getTarget().resolveMember();
        if (called.isEmpty()) {
            return false;
        }
        JavaMethod method = called.get();
        List<JavaMethod> bodies = new ArrayList<>();
        if (!method.getModifiers().contains(JavaModifier.ABSTRACT)) {
            bodies.add(method);
        } else {
            String parameter = method.getRawParameterTypes().get(0).getName();
            for (JavaClass implementation : implementations(method.getOwner())) {
                Optional<JavaMethod> body = implementation.tryGetMethod(name, parameter);
                if (body.isEmpty()) {
                    return false;
                }
                bodies.add(body.get());
            }
        }
        return !bodies.isEmpty() && bodies.stream().allMatch(body -> context.inScope(body.getOwner())
                && body.getMethodCallsFromSelf().isEmpty()
                && body.getFieldAccesses().stream().anyMatch(access -> access.getAccessType() == JavaFieldAccess.AccessType.SET));
    }

    private static boolean isStatic(JavaMethodCall call) {
        return call.getTarget().resolveMember().map(method -> method.getModifiers().contains(JavaModifier.STATIC)).orElse(false);
    }

    /** The methods of the code base a call may run: the called method, or the implementations of an abstract one. */
    private List<JavaCodeUnit> callees(JavaMethodCall call) {
        JavaClass owner = call.getTargetOwner();
        if (!context.inScope(owner)) {
            return List.of();
        }
        Optional<JavaMethod> called = call.getTarget().resolveMember();
        if (called.isEmpty()) {
            return List.of();
        }
        JavaMethod method = called.get();
        List<JavaCodeUnit> callees = new ArrayList<>();
        if (!method.getModifiers().contains(JavaModifier.ABSTRACT)) { // a class's method or an interface's default method
            callees.add(method);
        } else {
            List<String> parameters = method.getRawParameterTypes().stream().map(JavaClass::getName).toList();
            if (!throughAlternatives && implementations(method.getOwner()).size() > 1) {
                return List.of();
            }
            for (JavaClass implementation : implementations(method.getOwner())) {
                implementation.tryGetMethod(method.getName(), parameters.toArray(String[]::new)).ifPresent(callees::add);
            }
        }
        callees.removeIf(callee -> Annotations.hasAny(callee, context.conventions().names(Term.ASYNC_ANNOTATIONS)) || stopAt.test(callee));
        return callees;
    }

    private List<JavaClass> implementations(JavaClass type) {
        return implementations.computeIfAbsent(type, this::findImplementations);
    }

    private List<JavaClass> findImplementations(JavaClass type) {
        return type.getAllSubclasses().stream()
                .filter(context::inScope)
                .filter(sub -> !sub.isInterface() && !sub.getModifiers().contains(JavaModifier.ABSTRACT))
                .sorted(Comparator.comparing(JavaClass::getName))
                .toList();
    }
}
