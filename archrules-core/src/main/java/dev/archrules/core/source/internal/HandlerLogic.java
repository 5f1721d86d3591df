package dev.archrules.core.source.internal;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.Type;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Weighs the logic of a method the way {@code controllers.thin-handlers} needs it: what a handler decides
 * about the domain, not how it maps the request and the answer. Counted:
 * <ul>
 *   <li><b>decisions</b> — {@code if}s and {@code ?:}s that are not plumbing (below), early returns on the state
 *       of the domain, loops, {@code case} labels, stream filters, sorts, reductions and matches, and arithmetic
 *       ({@code + - * / %} on numbers, compound assignments, {@code ++}/{@code --}; not the index a text is cut at,
 *       {@code key.substring(key.indexOf('.') + 1)}, nor an offset of text lengths, {@code root.length() + dir.length() + 2},
 *       nor a {@code +} with a text among its operands — a literal, {@code String.valueOf(…)}, a name declared a {@code String}
 *       — and a {@code ?:} choosing between two text literals inside one formats a text: {@code (month < 10 ? "0" : "") + month});</li>
 *   <li><b>statements of logic</b> — the statements left when the plumbing below is set aside.</li>
 * </ul>
 * Plumbing, counted in neither:
 * <ul>
 *   <li>request mapping by copy: a statement that only copies values of the request onto a target
 *       ({@code query.setName(params.get("name"))}, {@code model.setKey(request.getKey())}, {@code target.x = body.getX()};
 *       not a copy of the domain's state or of a value of the handler's own, not a local variable assigned), also in the form of
 *       {@code Optional}: {@code Optional.ofNullable(limit).ifPresent(query::setLimit)}, or a one-statement lambda copying its
 *       parameter ({@code s -> query.setLocale(Locale.forLanguageTag(s))}); under a presence test also a call on a fluent query builder
 *       ({@code if (params.containsKey("nameLike")) query.nameLike(params.get("nameLike"))}, a mapping {@code if} below);</li>
 *   <li>request mapping and dispatch: an {@code if} (or {@code else if} chain) whose condition tests the presence
 *       of a value ({@code x != null}, {@code containsKey}, {@code isEmpty}, {@code instanceof}, …) or reads only the
 *       request (the handler's parameters and locals read directly from them), and whose branches are at most
 *       three plain statements, nested mapping {@code if}s or a {@code throw} (after a presence test also a final
 *       {@code return}). With a request condition, an
 *       assignment in a branch must move a request value: {@code if (body.isNameChanged()) model.setName(body.getName())}
 *       and {@code if ("claim".equals(action)) claim(task, body)} are mapping, {@code if (quantity > 100) rate = TEN_PERCENT}
 *       is a decision;</li>
 *   <li>defaulting request parameters: an {@code if} whose condition reads only the request (also locals made from it,
 *       {@code new Date(endDate)}) and tests the values themselves (comparisons, presence, argument-free getters; not
 *       what a helper says about them, {@code isAdmin(user)}) and whose branches, at most four plain statements, only assign a value of request values,
 *       constants, literals and static helpers to a name the condition tests or to the local a branch maps the tested
 *       parameter into ({@code if (start == 0) start = end - ONE_DAY}, {@code if (pageNow == null || pageNow <= 0) page = 1;
 *       else page = pageNow;}, a calendar step in locals of the branch); its arithmetic is the default's. A local declared
 *       without a value or {@code null} whose every assignment is in a mapping or defaulting {@code if} is declared for the
 *       mapping, and a local declared without any value ({@code final UUID created;}) does nothing wherever it is assigned;</li>
 *   <li>request mapping by loop: a {@code for} loop over a collection of the request (or over what a collaborator
 *       answered) whose body only calls a local the handler declared (a builder it fills) with values of the element and
 *       the request, declares locals read from the element or new objects it fills, and nests such loops, also as a
 *       branch of a mapping {@code if}; over a map of request parameters it may also route each parameter by its name
 *       ({@code if ("name".equals(entry.getKey())) name = entry.getValue(); else if (key.startsWith("labels.")) labels.put(…)});
 *       a loop that calls a collaborator per element, tests the values or computes is a decision;</li>
 *   <li>guard clauses: an {@code if} without {@code else} that throws after at most two plain statements
 *       (validation, permission checks), or returns on a presence or request condition (not found); and validation calls
 *       on request values only ({@code Preconditions.checkState(…)}, {@code verifyNonNullOrEmpty(body.getId(), "…")});</li>
 *   <li>request reads through the class's own helpers: a local a helper makes of request values alone
 *       ({@code String sectionKey = getSectionKey(pathVars)}) is a request value, and so is a value read from it
 *       ({@code String entity = form.getCeilingEntity()} of {@code form = toTranslationForm(entityForm)}), and a condition asking one
 *       ({@code isAjaxRequest(request)}); a {@code switch} on a request value whose cases only map dispatches; the request's
 *       context, a local of a {@code …Context} type made by a call handed the HTTP exchange and request values only
 *       ({@code TenantContext tenant = contexts.createTenantContext(accountId, request)});</li>
 *   <li>the view model and the view of server-side MVC: a {@code Model}, {@code ModelMap} or {@code RedirectAttributes} is
 *       the exchange like a {@code ModelAndView}, also handed to a helper of the class ({@code setModelAttributes(model, key)});
 *       the setters of a local handed to it build the answer; a returned text (view name, redirect) answers; and a mapping
 *       {@code if} may fill the view model and end by returning a view (re-render on errors, modal or page);</li>
 *   <li>content negotiation: a loop over a collection of the request (the media types of its {@code Accept} header) whose
 *       body is one {@code if} chain asking the element about constants, every branch returning a text or constant (the
 *       view of the first type the client accepts), also as a branch of a mapping {@code if};</li>
 *   <li>the HTTP protocol's branches on the request's headers: an {@code if} (or {@code else if} chain) whose conditions test
 *       only request header values ({@code @RequestHeader}, {@code @HeaderParam}) or a {@code MediaType} against literals and
 *       constants ({@code APPLICATION_JSON.isCompatibleWith(mediaType)} with {@code mediaType = MediaType.parseMediaType(contentType)})
 *       and whose branches, at most four statements without a collaborator call, branch, loop, stream filter or arithmetic,
 *       read the body or shape the answer; and a {@code ?:} on such a condition choosing between {@code null}, names, new
 *       objects of values or suppliers of them ({@code RETURN_REPRESENTATION.equals(prefer) ? () -> new Data(null, null) : () -> null});</li>
 *   <li>exception translation: {@code catch} clauses and their bodies;</li>
 *   <li>the request's instrumentation, timed by hand in the handler: a local holding a clock reading
 *       ({@code long start = Time.monotonicNow()}, {@code System.nanoTime()}, {@code Instant.now()}) or the elapsed time
 *       since one ({@code long latency = Time.monotonicNow() - start}), used only for elapsed time and as call arguments; a
 *       {@code boolean} success flag set only to literals and read only by the recording; the recording, a call of the
 *       class's own helper or on a field, constant or type handed such a time and values
 *       ({@code METRICS.addGetEntitiesLatency(latency, succeeded)}), and an {@code if} whose branches only record (choosing
 *       the metric). An elapsed time that feeds a condition, arithmetic of its own or a stored value is logic;</li>
 *   <li>building the answer: a local created in the handler ({@code new XRepresentation()}, {@code new HashMap<>()})
 *       and the setter, {@code put} and {@code add} calls on it, a local of the handler's return type made by that
 *       type's static factory ({@code Message message = Message.ok()}), also declared {@code null} and assigned the factory's
 *       result later outside a {@code catch}, and any call on it ({@code message.data(k, v)}), and the links and link templates of a hypermedia answer
 *       held in locals ({@code String templated = linkTo(C.class).withSelfRel().getHref() + "{?name}"});</li>
 *   <li>logging statements (and {@code if}s that only check the log level before logging; the thread's logging context:
 *       {@code MDC}, a {@code LoggerUtils} helper); static helpers applied to exchange variables only
 *       ({@code IOUtils.closeQuietly(in)}) and the copy loop of a download
 *       ({@code while ((n = in.read(buffer)) != -1) out.write(buffer, 0, n)}, its buffer and count included); and
 *       statements that only work the HTTP exchange or a byte stream (a parameter or
 *       local of a servlet, JAX-RS or Spring web type — or a field of the resource holding one, as per-request JAX-RS
 *       resources and {@code @Context} injection keep them — a filter chain, a WebSocket session, a gRPC {@code StreamObserver},
 *       or a {@code java.io} stream — any {@code …InputStream} or {@code …OutputStream}, the character streams and
 *       {@code ObjectOutput}/{@code ObjectInput}/{@code DataOutput}/{@code DataInput}, a cast read of one included
 *       ({@code copy = (Catalog) in.readObject()}, a deep copy through object streams): set a header, write the body, pass
 *       the request on, answer; and the security context a filter sets through
 *       {@code SecurityContextHolder}); releasing streams — an {@code if} on the presence of stream variables, or a
 *       {@code try} without {@code finally}, that only works them ({@code if (out != null) { try { out.close(); } catch (…) { } }}).</li>
 * </ul>
 * Local and anonymous classes are not part of the method's logic. The walk is iterative, so deep bodies cost no stack.
 */
final class HandlerLogic {

    /** Simple names of the types whose calls are the HTTP exchange or byte-stream plumbing. */
    static final Set<String> EXCHANGE_TYPES = Set.of(
            "HttpServletRequest", "HttpServletResponse", "ServletRequest", "ServletResponse", "AsyncContext", "HttpSession",
            "MultipartHttpServletRequest", "MultipartFile", "Cookie", "NewCookie",
            "ServerHttpRequest", "ServerHttpResponse", "ServletServerHttpRequest", "ServletServerHttpResponse",
            "ServerWebExchange", "HttpHeaders", "ResponseEntity", "BodyBuilder", "Response", "ResponseBuilder",
            "UriBuilder", "UriComponentsBuilder", "UriInfo", "MultivaluedMap",
            "InputStream", "OutputStream", "ByteArrayOutputStream", "ByteArrayInputStream", "ObjectOutputStream",
            "ObjectOutput", "ObjectInput", "DataOutput", "DataInput",
            "ServletOutputStream", "ServletInputStream", "Writer", "PrintWriter", "Reader", "BufferedReader",
            "FilterChain", "WebFilterChain", "ModelAndView", "WebSocketSession", "StreamObserver", "HttpRequest", "HttpResponse",
            "Model", "ModelMap", "ExtendedModelMap", "ConcurrentModel", "RedirectAttributes", "RedirectAttributesModelMap");

    /** Simple names of the view-model types of server-side MVC: what a handler fills for the page it renders. */
    private static final Set<String> VIEW_MODEL_TYPES = Set.of("Model", "ModelMap", "ExtendedModelMap", "ConcurrentModel",
            "RedirectAttributes", "RedirectAttributesModelMap", "ModelAndView");

    /** The character streams of {@code java.io} (every {@code …InputStream} and {@code …OutputStream} is a byte stream). */
    private static final Set<String> CHARACTER_STREAMS = Set.of("InputStreamReader", "OutputStreamWriter", "BufferedWriter",
            "FileReader", "FileWriter", "StringReader", "StringWriter", "PrintStream", "LineNumberReader");

    /** Types whose static calls work the exchange: {@code SecurityContextHolder.getContext().setAuthentication(…)} in a filter. */
    private static final Set<String> STATIC_EXCHANGE_TYPES = Set.of("SecurityContextHolder");

    private static final Set<String> PRESENCE_CALLS = Set.of("containsKey", "isEmpty", "isNotEmpty", "isBlank", "isNotBlank",
            "hasText", "hasLength", "isPresent", "nonNull", "isNull", "isNotNull", "isNullOrEmpty");
    /** A copy onto a target: {@code setX}, {@code withX}, {@code put…}, {@code add…} (also a fluent query builder's {@code with…}). */
    private static final Pattern COPY = Pattern.compile("(set|with|put|add)([A-Z].*)?");
    /** A read without a decision: a getter, a presence call, a parse or {@code valueOf} of a value. */
    private static final Pattern READ = Pattern.compile("(get|is|has)([A-Z].*)?|as[A-Z].*|containsKey|isPresent|isEmpty|isBlank|hasText|valueOf|parse[A-Z].*");
    private static final Set<String> STREAM_DECISIONS = Set.of("filter", "sorted", "reduce", "anyMatch", "allMatch", "noneMatch",
            "groupingBy", "partitioningBy");

    /** Helpers of the logging context: {@code LoggerUtils}, {@code LogUtils}, {@code LoggingUtil} (lower case). */
    private static final Pattern LOGGING_HELPER = Pattern.compile("log(ger|ging)?utils?");

    /** Calls that build a hypermedia link (Spring HATEOAS): its roots, the steps of a link builder and the link's own. */
    private static final Set<String> LINK_BUILDER_ROOTS = Set.of("linkTo", "linkFor", "linkToCollectionResource", "linkToItemResource");
    private static final Set<String> LINK_CALLS = Set.of("linkTo", "methodOn", "linkFor", "linkToCollectionResource",
            "linkToItemResource", "slash", "withRel", "withSelfRel", "withTitle", "withName", "withType", "expand", "toUri");

    /**
     * The weight of a method: its decisions and its statements of logic; and its tests of data — the conditions of its
     * {@code if}s and {@code ?:}s, plumbing or not, other than a request-only one or the presence of a value a
     * collaborator answered ({@code found == null}, {@code opt.isPresent()}): what a handler that only looks data up
     * never has.
     */
    record Weight(int statements, int decisions, Set<String> translationCalls, int dataTests) {
    }

    /** The handler's parameters and the locals declared with a value read directly from them. */
    private final Set<String> request = new HashSet<>();
    private final Set<String> exchange = new HashSet<>();
    private final Set<String> answers = new HashSet<>();
    /** Answers of the handler's own return type made by that type's static factory ({@code Message.ok()}). */
    private final Set<String> returnedAnswers = new HashSet<>();
    /** The names the method and its class declare {@code String}: a {@code +} with one of them is a concatenation. */
    private final Set<String> texts = new HashSet<>();
    /**
     * The values of the HTTP protocol the request carries: parameters bound to a request header ({@code @RequestHeader},
     * JAX-RS {@code @HeaderParam}), parameters and locals of type {@code MediaType}, and locals a static call makes of header
     * values alone ({@code MediaType mediaType = MediaType.parseMediaType(contentType)}).
     */
    private final Set<String> headers = new HashSet<>();
    /** Every local variable the handler declares (a builder it copies the request onto, among them). */
    private final Set<String> locals = new HashSet<>();
    /**
     * The request's instrumentation: locals holding a clock reading taken for timing ({@code long start = Time.monotonicNow()}),
     * the elapsed time computed from one ({@code long latency = Time.monotonicNow() - start}) and a success flag only set to
     * literals and handed to the recording of the metric ({@code boolean succeeded = false; … succeeded = true;}).
     */
    private final Set<String> timing = new HashSet<>();
    /** The simple name of the handler's return type, without type arguments. */
    private String returnType = "";
    private static final Pattern ANSWER_METHODS = Pattern.compile("set[A-Z].*|put|putAll|add|addAll|with[A-Z].*");
    private int statements;
    private int decisions;

    private HandlerLogic() {
    }

    /** The weight of {@code method}'s body; a method without body weighs nothing. */
    static Weight weigh(MethodDeclaration method) {
        if (method.getBody().isEmpty()) {
            return new Weight(0, 0, Set.of(), 0);
        }
        HandlerLogic logic = new HandlerLogic();
        logic.returnType = rawName(method.getType().asString());
        // a per-request resource keeps the exchange in fields: JAX-RS @Context injection, or fields of exchange types
        method.findAncestor(com.github.javaparser.ast.body.TypeDeclaration.class).ifPresent(type -> {
            for (Object member : type.getMembers()) {
                if (member instanceof com.github.javaparser.ast.body.FieldDeclaration texts) {
                    texts.getVariables().stream().filter(variable -> isTextType(variable.getType()))
                            .forEach(variable -> logic.texts.add(variable.getNameAsString()));
                }
                if (member instanceof com.github.javaparser.ast.body.FieldDeclaration field && !field.isStatic()) {
                    boolean context = field.getAnnotations().stream().anyMatch(annotation -> annotation.getNameAsString().equals("Context"));
                    for (VariableDeclarator variable : field.getVariables()) {
                        if (context || isExchangeType(variable.getType())) {
                            logic.exchange.add(variable.getNameAsString());
                            logic.request.add(variable.getNameAsString());
                        }
                    }
                }
            }
        });
        for (Parameter parameter : method.getParameters()) {
            logic.request.add(parameter.getNameAsString());
            if (parameter.getAnnotations().stream().anyMatch(annotation -> annotation.getNameAsString().equals("RequestHeader")
                    || annotation.getNameAsString().equals("HeaderParam")) || isMediaType(parameter.getType())) {
                logic.headers.add(parameter.getNameAsString());
            }
            logic.declare(parameter.getNameAsString(), parameter.getType());
            if (isExchangeType(parameter.getType())) {
                logic.exchange.add(parameter.getNameAsString());
            }
        }
        BlockStmt body = method.getBody().get();
        Set<String> requestLocals = new HashSet<>();
        for (VariableDeclarationExpr declaration : body.findAll(VariableDeclarationExpr.class)) {
            for (VariableDeclarator variable : declaration.getVariables()) {
                logic.locals.add(variable.getNameAsString());
                logic.declare(variable.getNameAsString(), variable.getType());
                if (isExchangeType(variable.getType())) {
                    logic.exchange.add(variable.getNameAsString());
                }
                if (variable.getInitializer().filter(logic::isRequestValue).isPresent()) {
                    requestLocals.add(variable.getNameAsString());
                }
                if (variable.getInitializer().filter(ObjectCreationExpr.class::isInstance).isPresent()) {
                    logic.answers.add(variable.getNameAsString());
                }
                if (isReturnedAnswer(variable, method) || isLateReturnedAnswer(variable, method, body)) {
                    logic.answers.add(variable.getNameAsString());
                    logic.returnedAnswers.add(variable.getNameAsString());
                }
            }
        }
        logic.request.addAll(requestLocals);
        for (VariableDeclarator variable : body.findAll(VariableDeclarator.class)) {
            if (variable.getInitializer().filter(value -> logic.isHeaderValue(value)
                    || isMediaType(variable.getType()) && logic.readsOnlyRequest(value)).isPresent()) {
                logic.headers.add(variable.getNameAsString());
            }
        }
        // a local the class's own helper derives from request values alone is a request value too, in the order declared,
        // and so is a value read from it (a field of the posted form the helper converted: form.getCeilingEntity())
        Set<String> derived = new HashSet<>();
        for (VariableDeclarator variable : body.findAll(VariableDeclarator.class)) {
            if (variable.getInitializer().filter(value -> value instanceof MethodCallExpr call && logic.readsRequestThroughHelper(call)
                    && logic.isRequestValue(call)).isPresent()
                    || variable.getInitializer().filter(value -> isValue(uncast(value)) && logic.isRequestValue(value)
                            && value.findFirst(NameExpr.class, name -> derived.contains(name.getNameAsString())).isPresent()).isPresent()) {
                derived.add(variable.getNameAsString());
                logic.request.add(variable.getNameAsString());
            }
        }
        logic.viewModelAnswers(method, body);
        logic.streamLocals(body);
        logic.timingLocals(body);
        logic.visit(body.getStatements());
        return new Weight(logic.statements, logic.decisions, translationCalls(body), logic.dataTests(body));
    }

    /**
     * The conditions of the body's {@code if}s and {@code ?:}s (outside exception translation and local classes) that test
     * more than the request or the presence of a looked-up value: {@code if (StringUtils.isEmpty(name))} on a parameter and
     * {@code if (found == null)} on {@code Customer found = customers.findByName(name)} test nothing of the domain,
     * {@code if (app.getCurrentServer() == null)} and {@code if (!customers.existsById(id))} do; so do comparisons made
     * outside a condition ({@code return orders.size() < 100}) and stream filters, sorts and matches, wherever they are.
     */
    private int dataTests(BlockStmt body) {
        Set<String> lookedUp = new HashSet<>();
        Set<String> declared = new HashSet<>(locals);
        declared.addAll(request); // the parameters, and what is read from them: not collaborators
        body.findAll(Parameter.class).forEach(parameter -> declared.add(parameter.getNameAsString()));
        for (VariableDeclarator variable : body.findAll(VariableDeclarator.class)) {
            if (variable.getInitializer().filter(value -> isLookUp(value, declared)).isPresent()) {
                lookedUp.add(variable.getNameAsString());
            }
        }
        int tests = 0;
        // one walk over the conditions, stream decisions and comparisons of the body; exception translation is no test
        for (Node node : body.findAll(Node.class, node -> node instanceof IfStmt || node instanceof ConditionalExpr
                || isStreamDecision(node) || isComparison(node))) {
            if (node.findAncestor(CatchClause.class).isPresent()) {
                continue;
            }
            if (node instanceof IfStmt || node instanceof ConditionalExpr) {
                if (node.findAncestor(LocalClassDeclarationStmt.class).isPresent()
                        || node.findAncestor(ObjectCreationExpr.class, creation -> creation.getAnonymousClassBody().isPresent()).isPresent()) {
                    continue;
                }
                Expression condition = node instanceof IfStmt ifStmt ? ifStmt.getCondition() : ((ConditionalExpr) node).getCondition();
                if (!testsRequestOrLookUp(condition, lookedUp, declared)) {
                    tests++;
                }
            } else if (isStreamDecision(node)) {
                tests++; // a stream filter, sort or match is one wherever it is, also in a branch the weight sets aside as mapping
            } else if (isOutsideCondition((Expression) node) && !testsRequestOrLookUp((Expression) node, lookedUp, declared)) {
                tests++; // a comparison made outside a condition is a test too: return orders.findAll().size() < 100
            }
        }
        return tests;
    }

    private static boolean isStreamDecision(Node node) {
        return node instanceof MethodCallExpr call && STREAM_DECISIONS.contains(call.getNameAsString()) && call.getScope().isPresent();
    }

    /** A comparison neither in the condition of an {@code if} or {@code ?:} nor inside another comparison. */
    private static boolean isOutsideCondition(Expression comparison) {
        return comparison.findAncestor(Node.class, ancestor -> ancestor instanceof IfStmt ifStmt
                && ifStmt.getCondition().isAncestorOf(comparison) || ancestor instanceof ConditionalExpr conditional
                && conditional.getCondition().isAncestorOf(comparison)).isEmpty()
                && comparison.findAncestor(Expression.class, HandlerLogic::isComparison).isEmpty();
    }

    /** {@code a < b}, {@code a == b}, {@code a.equals(b)}: a comparison. */
    private static boolean isComparison(Node node) {
        if (node instanceof BinaryExpr binary) {
            return switch (binary.getOperator()) {
                case EQUALS, NOT_EQUALS, LESS, GREATER, LESS_EQUALS, GREATER_EQUALS -> true;
                default -> false;
            };
        }
        return node instanceof MethodCallExpr call && (call.getNameAsString().equals("equals") || call.getNameAsString().equals("equalsIgnoreCase"));
    }

    /** A request-only condition, the presence of a looked-up value, or a combination of them with {@code &&}, {@code ||} and {@code !}. */
    private boolean testsRequestOrLookUp(Expression condition, Set<String> lookedUp, Set<String> declared) {
        if (readsOnlyRequest(condition)) {
            return true;
        }
        if (condition instanceof EnclosedExpr enclosed) {
            return testsRequestOrLookUp(enclosed.getInner(), lookedUp, declared);
        }
        if (condition instanceof UnaryExpr unary) {
            return unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT && testsRequestOrLookUp(unary.getExpression(), lookedUp, declared);
        }
        if (condition instanceof BinaryExpr binary) {
            return switch (binary.getOperator()) {
                case AND, OR -> testsRequestOrLookUp(binary.getLeft(), lookedUp, declared) && testsRequestOrLookUp(binary.getRight(), lookedUp, declared);
                case EQUALS, NOT_EQUALS -> binary.getLeft().isNullLiteralExpr() && isLookedUp(binary.getRight(), lookedUp, declared)
                        || binary.getRight().isNullLiteralExpr() && isLookedUp(binary.getLeft(), lookedUp, declared);
                default -> false;
            };
        }
        if (condition instanceof MethodCallExpr call && PRESENCE_CALLS.contains(call.getNameAsString())) {
            Expression subject = call.getScope().filter(scope -> !isTypeName(scope)).orElse(call.getArguments().size() == 1 ? call.getArgument(0) : null);
            return subject != null && isLookedUp(subject, lookedUp, declared);
        }
        return false;
    }

    private static boolean isLookedUp(Expression value, Set<String> lookedUp, Set<String> declared) {
        Expression inner = uncast(value);
        return inner instanceof NameExpr name && lookedUp.contains(name.getNameAsString()) || isLookUp(inner, declared);
    }

    /**
     * What a collaborator answered: a call chain rooted at a field of the class ({@code customers.findById(id)},
     * {@code this.customers.findByName(name).orElse(null)}) — not at a local, a parameter or a type.
     */
    private static boolean isLookUp(Expression value, Set<String> declared) {
        Expression root = uncast(value);
        if (!(root instanceof MethodCallExpr)) {
            return false;
        }
        while (root instanceof MethodCallExpr call && call.getScope().isPresent()) {
            root = uncast(call.getScope().get());
        }
        if (root instanceof FieldAccessExpr access) {
            return access.getScope() instanceof ThisExpr;
        }
        return root instanceof NameExpr name && !declared.contains(name.getNameAsString()) && !isTypeName(name)
                && !isConstantName(name.getNameAsString());
    }

    /** Methods of the own class called (unqualified or on {@code this}) in {@code catch} clauses and nowhere else in the body. */
    private static Set<String> translationCalls(BlockStmt body) {
        Set<String> inCatch = new HashSet<>();
        Set<String> elsewhere = new HashSet<>();
        for (MethodCallExpr call : body.findAll(MethodCallExpr.class)) {
            if (call.getScope().filter(scope -> !(scope instanceof ThisExpr)).isPresent()) {
                continue;
            }
            boolean translating = call.findAncestor(CatchClause.class).isPresent();
            (translating ? inCatch : elsewhere).add(call.getNameAsString());
        }
        inCatch.removeAll(elsewhere);
        return inCatch;
    }

    /** Weighs the statements and everything below them; iterative, so deep bodies cost no stack. */
    private void visit(List<? extends Node> roots) {
        Deque<Node> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (node instanceof CatchClause || node instanceof LocalClassDeclarationStmt || node instanceof LocalRecordDeclarationStmt
                    || node instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
                continue;
            }
            if (node instanceof IfStmt ifStmt && (isGuard(ifStmt) || isMapping(ifStmt) || isLogLevelCheck(ifStmt)
                    || isDefaulting(ifStmt) || isStreamRelease(ifStmt))
                    || node instanceof TryStmt attempt && worksStreamsOnly(attempt)
                    || node instanceof ForEachStmt loop && (isMappingLoop(loop) || isNegotiationLoop(loop))
                    || node instanceof WhileStmt copy && isCopyLoop(copy)
                    || node instanceof SwitchStmt dispatch && isDispatchSwitch(dispatch)
                    || node instanceof IfStmt choice && isProtocolBranch(choice)
                    || node instanceof ConditionalExpr choice && isProtocolChoice(choice)) {
                continue;
            }
            if (node instanceof ExpressionStmt statement && (isCopy(statement.getExpression()) || isOptionalCopy(statement.getExpression())
                    || isRequestRead(statement.getExpression())
                    || isDeclaredForMapping(statement.getExpression()) || isBareDeclaration(statement.getExpression())
                    || isTiming(statement.getExpression()))
                    || node instanceof IfStmt choice && isMetricChoice(choice)) {
                continue;
            }
            boolean plumbing = node instanceof ExpressionStmt statement && isPlumbing(statement.getExpression())
                    || node instanceof ReturnStmt answer && isTextAnswer(answer);
            if (node instanceof Statement && !(node instanceof BlockStmt) && !(node instanceof EmptyStmt) && !plumbing) {
                statements++;
            }
            if (isDecision(node)) {
                decisions++;
            }
            node.getChildNodes().forEach(todo::push);
        }
    }

    /** Logging, or work on the exchange or the view model, also through a helper of the class. */
    private boolean worksExchange(Expression expression) {
        return isLogging(expression) || isExchange(expression) || isExchangeHandedOn(expression);
    }

    /** A statement that weighs nothing: logging, work on the exchange, building the answer or its links, validating the request. */
    private boolean isPlumbing(Expression expression) {
        return isLogging(expression) || isExchange(expression) || isAnswerBuilding(expression) || isLinkTemplate(expression)
                || isExchangeHandedOn(expression) || isRequestValidation(expression);
    }

    /** The name of a validation call: {@code checkArgument}, {@code verifyNonNullOrEmpty}, {@code requireNonNull}, {@code validateName}, … */
    private static final Pattern VALIDATION = Pattern.compile("(check|verify|validate|require|assert|ensure)([A-Z].*)?");
    /** The assertions of {@code Assert}/{@code Validate}-style classes, recognised on a type only: {@code Assert.notNull(x, "…")}. */
    private static final Pattern ASSERTION = Pattern.compile("notNull|notEmpty|notBlank|hasText|hasLength|isTrue|state");

    /**
     * {@code Preconditions.checkState(!unpaid || !migration, "…")}, {@code verifyNonNullOrEmpty(spec.getBundleId(), "…")}: a
     * guard clause in the form of a call — a static precondition or the class's own validation helper applied to request
     * values, literals and constants only, failing the request when they are wrong. The same call on the state of the
     * domain ({@code verifyNonNullOrEmpty(account.getPlan(), "…")}) is logic.
     */
    private boolean isRequestValidation(Expression expression) {
        if (!(expression instanceof MethodCallExpr call) || call.getArguments().isEmpty()) {
            return false;
        }
        boolean onType = call.getScope().filter(HandlerLogic::isTypeName).isPresent();
        boolean validates = VALIDATION.matcher(call.getNameAsString()).matches()
                && (onType || call.getScope().filter(scope -> !(scope instanceof ThisExpr)).isEmpty())
                || onType && ASSERTION.matcher(call.getNameAsString()).matches();
        return validates && call.getArguments().stream().allMatch(this::readsOnlyRequest)
                && call.getArguments().stream().anyMatch(this::isRequestValue);
    }

    /**
     * {@code setModelAttributes(model, sectionKey)}, {@code setFailResult(response, result, 400)}: a call of the class's own
     * helper handing it the exchange or the view model, with names, literals and reads for the rest — work on the exchange,
     * done by the helper (weighed as such where it is private to the handler).
     */
    private boolean isExchangeHandedOn(Expression expression) {
        return expression instanceof MethodCallExpr call && call.getScope().filter(scope -> !(scope instanceof ThisExpr)).isEmpty()
                && call.getArguments().stream().anyMatch(argument -> argument instanceof NameExpr name && exchange.contains(name.getNameAsString()))
                && call.getArguments().stream().allMatch(HandlerLogic::isValue);
    }

    /**
     * {@code return "modules/modalContainer";}, {@code return "redirect:/" + sectionKey + "/" + id;}: answering with a text —
     * the name of the view to render or the address to redirect to — made of literals and values read, without a
     * condition or arithmetic.
     */
    private boolean isTextAnswer(ReturnStmt answer) {
        Expression value = answer.getExpression().orElse(null);
        if (value instanceof StringLiteralExpr) {
            return true;
        }
        if (!(value instanceof BinaryExpr plus) || plus.getOperator() != BinaryExpr.Operator.PLUS || !isConcatenation(plus)
                || value.findFirst(ConditionalExpr.class).isPresent() || value.findFirst(LambdaExpr.class).isPresent()) {
            return false;
        }
        Deque<Expression> operands = new ArrayDeque<>(List.of(plus.getLeft(), plus.getRight()));
        while (!operands.isEmpty()) {
            Expression operand = operands.pop();
            if (operand instanceof BinaryExpr nested && nested.getOperator() == BinaryExpr.Operator.PLUS) {
                operands.push(nested.getLeft());
                operands.push(nested.getRight());
            } else if (!isValue(operand) && !(operand instanceof MethodCallExpr call && call.getScope().isEmpty()
                    && call.getArguments().stream().allMatch(HandlerLogic::isValue))) {
                return false;
            }
        }
        return true;
    }

    private boolean isDecision(Node node) {
        if (node instanceof IfStmt || node instanceof ForStmt || node instanceof ForEachStmt || node instanceof WhileStmt
                || node instanceof DoStmt || node instanceof SwitchEntry entry && !entry.getLabels().isEmpty()) {
            return true;
        }
        if (node instanceof ConditionalExpr conditional) {
            return !isPresence(conditional.getCondition()) && !isRequestDispatch(conditional) && !isTextChoice(conditional);
        }
        if (node instanceof MethodCallExpr) {
            return isStreamDecision(node);
        }
        if (isInnerPlus(node)) {
            return false; // the outermost + of a chain decides, once for the chain
        }
        return isArithmetic(node) && !node.getParentNode().map(this::isArithmetic).orElse(false);
    }

    // ------------------------------------------------------------ plumbing

    /**
     * {@code if (…) { [≤ 2 plain statements;] throw …; }} without else, or the same ending in {@code return} when the
     * condition tests a presence or the request: validation, not-found and permission checks. An early return on
     * the state of the domain ({@code if (!realm.isProtected()) return status;}) is a decision.
     */
    private boolean isGuard(IfStmt ifStmt) {
        if (ifStmt.getElseStmt().isPresent()) {
            return false;
        }
        List<Statement> then = statementsOf(ifStmt.getThenStmt());
        if (then.isEmpty() || then.size() > 3 || !then.subList(0, then.size() - 1).stream().allMatch(HandlerLogic::isPlain)) {
            return false;
        }
        Statement last = then.get(then.size() - 1);
        return last instanceof ThrowStmt || last instanceof ReturnStmt && testsPresenceOrRequest(ifStmt.getCondition());
    }

    /**
     * {@code if (out != null) { out.flush(); try { out.close(); } catch (IOException e) { } }}: releasing a stream in
     * {@code finally} — a presence test of exchange variables whose branch only works them.
     */
    private boolean isStreamRelease(IfStmt ifStmt) {
        if (ifStmt.getElseStmt().isPresent() || !isPresence(ifStmt.getCondition())
                || !ifStmt.getCondition().findAll(NameExpr.class).stream().allMatch(name -> exchange.contains(name.getNameAsString()))) {
            return false;
        }
        List<Statement> then = statementsOf(ifStmt.getThenStmt());
        return !then.isEmpty() && then.stream().allMatch(this::worksStreamOnly);
    }

    /** {@code try { in.close(); } catch (IOException ignored) { }}: a {@code try} (without {@code finally}) whose block only works the exchange. */
    private boolean worksStreamsOnly(TryStmt attempt) {
        return attempt.getResources().isEmpty() && attempt.getFinallyBlock().isEmpty()
                && !attempt.getTryBlock().getStatements().isEmpty()
                && attempt.getTryBlock().getStatements().stream().allMatch(this::worksStreamOnly);
    }

    private boolean worksStreamOnly(Statement statement) {
        return statement instanceof ExpressionStmt expression && (isExchange(expression.getExpression()) || isLogging(expression.getExpression()))
                || statement instanceof TryStmt attempt && worksStreamsOnly(attempt);
    }

    /**
     * {@code switch (expansion) { case "status": out.put("status", herder.status(name)); break; … }}: a {@code switch} on a
     * request value whose every case only maps (at most three plain statements without arithmetic, calls or assignments of
     * request values, a {@code throw}, logging; then {@code break}) — the {@code switch} form of an {@code else if} chain
     * dispatching on the requested action.
     */
    private boolean isDispatchSwitch(SwitchStmt dispatch) {
        if (!isRequestValue(dispatch.getSelector()) && !isRequestElement(dispatch.getSelector())) {
            return false;
        }
        for (SwitchEntry entry : dispatch.getEntries()) {
            List<Statement> list = entry.getStatements().stream().flatMap(statement -> statementsOf(statement).stream())
                    .filter(statement -> !(statement instanceof com.github.javaparser.ast.stmt.BreakStmt)
                            && !(isPlain(statement) && isLogging(((ExpressionStmt) statement).getExpression()))).toList();
            if (list.size() > 3 || !list.stream().allMatch(statement -> statement instanceof ThrowStmt
                    || isPlain(statement) && !computes(statement) && movesRequestValues(((ExpressionStmt) statement).getExpression()))) {
                return false;
            }
        }
        return true;
    }

    /** {@code expansion} in {@code for (String expansion : uriInfo.getQueryParameters().get("expand"))}: an element of a request collection. */
    private boolean isRequestElement(Expression expression) {
        return expression instanceof NameExpr name && expression.findAncestor(ForEachStmt.class, loop -> loop.getVariable().getVariables()
                .stream().anyMatch(variable -> variable.getNameAsString().equals(name.getNameAsString())) && isRequestValue(loop.getIterable())).isPresent();
    }

    /** {@code MediaType}: a value of the HTTP protocol (Spring's, JAX-RS's). */
    private static boolean isMediaType(Type type) {
        return rawName(type.asString()).equals("MediaType");
    }

    /** {@code MediaType.parseMediaType(contentType)}: a static call of header values, literals and constants alone. */
    private boolean isHeaderValue(Expression value) {
        return value instanceof MethodCallExpr call && call.getScope().filter(HandlerLogic::isTypeName).isPresent()
                && !call.getArguments().isEmpty()
                && call.getArguments().stream().allMatch(argument -> isHeader(argument) || argument instanceof LiteralExpr || isNamedConstant(argument))
                && call.getArguments().stream().anyMatch(this::isHeader);
    }

    private boolean isHeader(Expression expression) {
        return expression instanceof NameExpr name && headers.contains(name.getNameAsString());
    }

    /** The tests of a header value against a literal or a constant: the protocol's own comparisons. */
    private static final Set<String> HEADER_TESTS = Set.of("equals", "equalsIgnoreCase", "isCompatibleWith", "includes",
            "equalsTypeAndSubtype", "startsWith", "contains");

    /**
     * {@code RETURN_REPRESENTATION.equals(prefer)}, {@code APPLICATION_JSON.isCompatibleWith(mediaType)}: a condition testing
     * only values of request headers (or a media type made of them) against literals and constants, negated or joined with
     * {@code &&} and {@code ||}.
     */
    private boolean testsHeaderOnly(Expression condition) {
        return combines(condition, this::testsHeader);
    }

    /** {@code RETURN_REPRESENTATION.equals(prefer)}: one test of a header value against a literal or a constant. */
    private boolean testsHeader(Expression condition) {
        if (!(condition instanceof MethodCallExpr call) || !HEADER_TESTS.contains(call.getNameAsString())
                || call.getArguments().size() != 1 || call.getScope().isEmpty()) {
            return false;
        }
        Expression scope = call.getScope().get();
        Expression argument = call.getArgument(0);
        return isHeader(scope) && isProtocolConstant(argument) || isProtocolConstant(scope) && isHeader(argument);
    }

    private static boolean isProtocolConstant(Expression expression) {
        return expression instanceof LiteralExpr || isNamedConstant(expression);
    }

    /**
     * {@code RETURN_REPRESENTATION.equals(prefer) ? () -> new CompositionResponseData(null, null) : () -> null}: a {@code ?:}
     * on a request header (the {@code Prefer: return=representation} of a write) whose branches are only values — {@code null},
     * a name the handler holds, a new object of values, or a supplier of one: the answer's shape, chosen by the protocol. A
     * literal or constant of the handler's own chosen by a header ({@code "premium".equals(plan) ? 100 : 10}) is a policy.
     */
    private boolean isProtocolChoice(ConditionalExpr choice) {
        return testsHeaderOnly(choice.getCondition()) && isShape(choice.getThenExpr()) && isShape(choice.getElseExpr());
    }

    private static boolean isShape(Expression branch) {
        if (branch instanceof LambdaExpr supplier) {
            return supplier.getParameters().isEmpty() && supplier.getExpressionBody().filter(HandlerLogic::isShape).isPresent();
        }
        // a value the handler holds or a new object of values; a literal or constant of its own (a quota, a rate) is a policy
        return branch.isNullLiteralExpr() || branch instanceof NameExpr name && !isConstantName(name.getNameAsString())
                || branch instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isEmpty()
                        && creation.getArguments().stream().allMatch(HandlerLogic::isValue);
    }

    /** The most statements a branch of a protocol {@code if} has (a header set on a response built and answered). */
    private static final int PROTOCOL_STATEMENTS = 4;

    /**
     * {@code if (APPLICATION_JSON.isCompatibleWith(mediaType)) return ResponseEntity.ok(body); else if
     * (TEXT_PLAIN.isCompatibleWith(mediaType)) { … return ResponseEntity.ok().headers(headers).build(); } else throw …}: an
     * {@code if} (or {@code else if} chain) whose every condition tests only request headers or the media type made of them,
     * and whose branches (at most {@value #PROTOCOL_STATEMENTS} statements, a {@code throw} for the unsupported type) read the
     * body or shape the answer — no collaborator called, no loop, branch, stream filter or arithmetic: the HTTP protocol's
     * mapping of the representation, not a decision of the domain.
     */
    private boolean isProtocolBranch(IfStmt ifStmt) {
        return everyLink(ifStmt, this::testsHeaderOnly, this::shapesOnly);
    }

    private boolean shapesOnly(Statement branch) {
        List<Statement> list = statementsOf(branch);
        if (list.isEmpty() || list.size() > PROTOCOL_STATEMENTS) {
            return false;
        }
        Set<String> declared = new HashSet<>(locals);
        declared.addAll(request);
        branch.findAll(Parameter.class).forEach(parameter -> declared.add(parameter.getNameAsString()));
        for (Statement statement : list) {
            if (!(statement instanceof ExpressionStmt || statement instanceof ReturnStmt || statement instanceof ThrowStmt)
                    || statement.findFirst(Node.class, node -> node instanceof ConditionalExpr || isStreamDecision(node)
                            || node instanceof IfStmt || node instanceof ForStmt || node instanceof ForEachStmt
                            || node instanceof WhileStmt || node instanceof DoStmt || node instanceof SwitchStmt
                            || isArithmetic(node) || node instanceof MethodCallExpr call && isLookUp(call, declared)).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /** The most statements a branch of a defaulting {@code if} has (a calendar step: declare, set, add, assign). */
    private static final int DEFAULTING_STATEMENTS = 4;

    /**
     * Defaulting a request parameter: {@code if (start == 0) start = end - ONE_DAY;}, {@code if (pageNow == null || pageNow <= 0)
     * page = 1; else page = pageNow;}, {@code if (from.getTime() == to.getTime()) { Calendar c = Calendar.getInstance();
     * c.setTimeInMillis(end); c.add(Calendar.DAY_OF_MONTH, 1); to = c.getTime(); }} — an {@code if} (or {@code else if}
     * chain) whose condition reads only the request, and whose branches (at most {@value #DEFAULTING_STATEMENTS}
     * statements) only assign a value made of the request, constants, literals and static helpers (the clock, a calendar,
     * a parse) to a parameter or local the condition tests, or to the local a branch maps the tested parameter into; locals
     * the branch declares from such values (the calendar) may be called with them. Its arithmetic is the default's, not
     * the domain's. A default read from a collaborator or a field, or a condition on the domain's state, is a decision.
     */
    private boolean isDefaulting(IfStmt ifStmt) {
        if (!readsOnlyRequest(ifStmt.getCondition()) || !testsValuesOnly(ifStmt.getCondition())) {
            return false;
        }
        Set<String> tested = new HashSet<>();
        ifStmt.getCondition().findAll(NameExpr.class).forEach(name -> tested.add(name.getNameAsString()));
        tested.retainAll(request);
        List<Statement> branches = new java.util.ArrayList<>(List.of(ifStmt.getThenStmt()));
        ifStmt.getElseStmt().ifPresent(branches::add);
        Set<String> targets = new HashSet<>();
        Set<String> mappedFromTested = new HashSet<>();
        for (Statement branch : branches) {
            if (branch instanceof IfStmt chained) {
                if (!isDefaulting(chained)) {
                    return false;
                }
                continue;
            }
            if (!defaultsOnly(branch, tested, targets, mappedFromTested)) {
                return false;
            }
        }
        targets.removeAll(tested);
        return mappedFromTested.containsAll(targets);
    }

    /**
     * A condition that tests the values themselves — comparisons, presence ({@code isEmpty}, {@code == null}) and
     * argument-free getters of them ({@code from.getTime() == to.getTime()}) — not what a helper says about them: in
     * {@code if (Configuration.isHistoryAdmin(username) || !SAFE_TRIGGER()) username = null;} the helper decides who sees
     * what, a policy, not a default.
     */
    private static boolean testsValuesOnly(Expression condition) {
        return condition.findAll(MethodCallExpr.class).stream().allMatch(call -> PRESENCE_CALLS.contains(call.getNameAsString())
                || call.getArguments().isEmpty() && call.getScope().filter(NameExpr.class::isInstance).isPresent()
                        && call.getNameAsString().startsWith("get"));
    }

    /**
     * A branch of a defaulting {@code if}: collects the names it assigns ({@code targets}) and those it assigns a value
     * reading a tested name ({@code mapped}); its own locals are request values while it is weighed.
     */
    private boolean defaultsOnly(Statement branch, Set<String> tested, Set<String> targets, Set<String> mapped) {
        List<Statement> list = statementsOf(branch);
        if (list.isEmpty() || list.size() > DEFAULTING_STATEMENTS) {
            return false;
        }
        Set<String> own = new HashSet<>(); // locals the branch declares: request values while it is weighed
        boolean assigns = false;
        try {
            for (Statement statement : list) {
                if (!isPlain(statement)) {
                    return false;
                }
                Expression expression = ((ExpressionStmt) statement).getExpression();
                if (expression instanceof AssignExpr assign && assign.getOperator() == AssignExpr.Operator.ASSIGN
                        && assign.getTarget() instanceof NameExpr target
                        && (request.contains(target.getNameAsString()) || locals.contains(target.getNameAsString()))
                        && readsOnlyRequest(assign.getValue())) {
                    targets.add(target.getNameAsString());
                    if (assign.getValue().findFirst(NameExpr.class, name -> tested.contains(name.getNameAsString())).isPresent()) {
                        mapped.add(target.getNameAsString());
                    }
                    assigns = true;
                } else if (expression instanceof VariableDeclarationExpr declaration && declaration.getVariables().stream()
                        .allMatch(variable -> variable.getInitializer().filter(this::readsOnlyRequest).isPresent())) {
                    declaration.getVariables().stream().map(VariableDeclarator::getNameAsString).filter(request::add).forEach(own::add);
                } else if (!(expression instanceof MethodCallExpr call && call.getScope().filter(scope -> scope instanceof NameExpr name
                        && own.contains(name.getNameAsString())).isPresent() && call.getArguments().stream().allMatch(this::readsOnlyRequest))) {
                    return false;
                }
            }
            return assigns;
        } finally {
            request.removeAll(own);
        }
    }

    /**
     * {@code int page;}, {@code Date from = null;}: a local declared without a value, every assignment of which is in a
     * branch of a mapping or defaulting {@code if} ({@code if (createdFrom != null) from = parse(createdFrom)}) — the local
     * the request is mapped into.
     */
    private boolean isDeclaredForMapping(Expression expression) {
        if (!(expression instanceof VariableDeclarationExpr declaration)) {
            return false;
        }
        BlockStmt body = declaration.findAncestor(MethodDeclaration.class).flatMap(MethodDeclaration::getBody).orElse(null);
        if (body == null) {
            return false;
        }
        for (VariableDeclarator variable : declaration.getVariables()) {
            if (variable.getInitializer().filter(value -> !value.isNullLiteralExpr()).isPresent()) {
                return false;
            }
            String name = variable.getNameAsString();
            List<AssignExpr> assignments = body.findAll(AssignExpr.class, assign -> assign.getTarget() instanceof NameExpr target
                    && target.getNameAsString().equals(name));
            if (assignments.isEmpty() || !assignments.stream().allMatch(assign -> assign.findAncestor(IfStmt.class)
                    .filter(ifStmt -> isMapping(ifStmt) || isDefaulting(ifStmt)).isPresent())) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code final UUID redirectTo;}: a local declared without a value does nothing — what the branches assign to it is
     * weighed where they assign it, as a {@code ?:} choosing its value would be in the declaration.
     */
    private static boolean isBareDeclaration(Expression expression) {
        return expression instanceof VariableDeclarationExpr declaration
                && declaration.getVariables().stream().allMatch(variable -> variable.getInitializer().isEmpty());
    }

    /** {@code if (log.isDebugEnabled()) { log.debug(…); }}: logging, not a decision. */
    private static boolean isLogLevelCheck(IfStmt ifStmt) {
        return ifStmt.getElseStmt().isEmpty() && isLogging(ifStmt.getCondition())
                && statementsOf(ifStmt.getThenStmt()).stream()
                .allMatch(statement -> statement instanceof ExpressionStmt expression && isLogging(expression.getExpression()));
    }

    /** A presence test, a request-only condition, or a combination of them with {@code &&}, {@code ||} and {@code !}. */
    private boolean testsPresenceOrRequest(Expression condition) {
        return combines(condition, test -> isPresence(test) || readsOnlyRequest(test));
    }

    /**
     * Whether {@code condition} passes {@code test}, or is a combination with {@code !}, {@code &&}, {@code ||} and
     * parentheses of conditions that each do: the shape every "only such tests" condition of a handler shares.
     */
    private static boolean combines(Expression condition, Predicate<Expression> test) {
        if (test.test(condition)) {
            return true;
        }
        if (condition instanceof EnclosedExpr enclosed) {
            return combines(enclosed.getInner(), test);
        }
        if (condition instanceof UnaryExpr unary) {
            return unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT && combines(unary.getExpression(), test);
        }
        return condition instanceof BinaryExpr binary
                && (binary.getOperator() == BinaryExpr.Operator.AND || binary.getOperator() == BinaryExpr.Operator.OR)
                && combines(binary.getLeft(), test) && combines(binary.getRight(), test);
    }

    /**
     * Whether every link of an {@code if} / {@code else if} chain passes: each condition {@code condition}, each branch
     * (the final {@code else} among them) {@code branch}.
     */
    private static boolean everyLink(IfStmt ifStmt, Predicate<Expression> condition, Predicate<Statement> branch) {
        if (!condition.test(ifStmt.getCondition()) || !branch.test(ifStmt.getThenStmt())) {
            return false;
        }
        if (ifStmt.getElseStmt().isEmpty()) {
            return true;
        }
        Statement otherwise = ifStmt.getElseStmt().get();
        return otherwise instanceof IfStmt chained ? everyLink(chained, condition, branch) : branch.test(otherwise);
    }

    /** A presence test or a request-only condition whose branches are plain and (unless presence) move request values. */
    private boolean isMapping(IfStmt ifStmt) {
        boolean presence = isPresence(ifStmt.getCondition());
        if (!presence && !readsOnlyRequest(ifStmt.getCondition())) {
            return false;
        }
        if (!mapsOnly(ifStmt.getThenStmt(), presence)) {
            return false;
        }
        if (ifStmt.getElseStmt().isEmpty()) {
            return true;
        }
        Statement otherwise = ifStmt.getElseStmt().get();
        return otherwise instanceof IfStmt chained ? isMapping(chained) : mapsOnly(otherwise, presence);
    }

    /**
     * A branch of a mapping {@code if}: at most three statements, each a plain one without arithmetic that (unless the
     * condition is a presence test) calls on with request values or assigns one, a nested mapping {@code if}, a {@code throw} (the
     * unknown case of a dispatch), or — after a presence test — a final {@code return} (found or not found).
     */
    private boolean mapsOnly(Statement branch, boolean presence) {
        // work on the exchange weighs nothing in a branch: filling the view model and naming the view choose how to answer
        List<Statement> list = statementsOf(branch).stream().filter(statement -> !(isPlain(statement)
                && (worksExchange(((ExpressionStmt) statement).getExpression()) || isRequestValidation(((ExpressionStmt) statement).getExpression())))).toList();
        if (list.size() > 3) {
            return false;
        }
        for (Statement statement : list) {
            boolean maps = statement instanceof ThrowStmt
                    || (presence || statement instanceof ReturnStmt answer && isTextAnswer(answer))
                            && statement instanceof ReturnStmt && statement == list.get(list.size() - 1)
                    || statement instanceof IfStmt nested && isMapping(nested)
                    || statement instanceof ForEachStmt loop && (isMappingLoop(loop) || isNegotiationLoop(loop))
                    || isPlain(statement) && !computes(statement) && (presence || movesRequestValues(((ExpressionStmt) statement).getExpression()));
            if (!maps) {
                return false;
            }
        }
        return true;
    }

    /** The most statements the body of a mapping loop has (declarations and nested mapping loops included). */
    private static final int MAPPING_LOOP_STATEMENTS = 6;

    /**
     * {@code for (Item item : request.getItems()) builder.item(item.getId(), item.getName());}: a loop over a collection of
     * the request, or over a local holding what a collaborator answered ({@code for (ServiceCount count : counts)
     * map.put(count.getType(), count.getNumber());}: the call that filled the local is weighed where it is made), whose
     * body (at most {@value #MAPPING_LOOP_STATEMENTS} statements) only maps the element: it calls a local the handler
     * declared — a builder or answer it fills — with values of the element and of the request or objects it creates from
     * them, declares locals read from the element or new objects to fill, and nests further such loops (a map of header
     * lists of a request body turned into the domain's header sets). Request or response mapping, also in a converter
     * helper. A loop that calls a collaborator (a field) per element, tests the element or computes, is a decision.
     */
    private boolean isMappingLoop(ForEachStmt loop) {
        Expression iterable = loop.getIterable();
        if (!isRequestValue(iterable) && !(iterable instanceof NameExpr name && locals.contains(name.getNameAsString()))) {
            return false;
        }
        List<Statement> body = statementsOf(loop.getBody());
        if (body.isEmpty() || body.size() > MAPPING_LOOP_STATEMENTS) {
            return false;
        }
        Set<String> read = new HashSet<>();   // locals read from the element: request values while the loop is weighed
        Set<String> built = new HashSet<>();  // new objects the body fills and hands on
        String element = loop.getVariable().getVariables().get(0).getNameAsString();
        if (request.add(element)) {
            read.add(element);
        }
        try {
            ParameterNames names = ParameterNames.of(loop);
            for (Statement statement : body) {
                if (statement instanceof ForEachStmt nested) {
                    if (!isMappingLoop(nested)) {
                        return false;
                    }
                    continue;
                }
                if (statement instanceof IfStmt dispatch) {
                    if (!isKeyDispatch(dispatch, names, built)) {
                        return false;
                    }
                    continue;
                }
                if (!isPlain(statement) || computes(statement)) {
                    return false;
                }
                Expression expression = ((ExpressionStmt) statement).getExpression();
                if (expression instanceof VariableDeclarationExpr declaration) {
                    for (VariableDeclarator variable : declaration.getVariables()) {
                        Expression value = variable.getInitializer().orElse(null);
                        if (value != null && !(value instanceof ObjectCreationExpr) && isRequestValue(value)) {
                            if (request.add(variable.getNameAsString())) {
                                read.add(variable.getNameAsString());
                            }
                            if (names.isName(value)) {
                                names.keys().add(variable.getNameAsString()); // String key = entry.getKey();
                            }
                        } else if (value instanceof ObjectCreationExpr creation && mapsOnly(creation, built)) {
                            built.add(variable.getNameAsString());
                        } else {
                            return false;
                        }
                    }
                    continue;
                }
                if (!(expression instanceof MethodCallExpr call && fillsLocal(call, built))) {
                    return false;
                }
            }
            return true;
        } finally {
            request.removeAll(read);
        }
    }

    /**
     * Content negotiation: {@code for (MediaType type : accepted) { if (!type.isWildcardType() && type.isCompatibleWith(JOSE))
     * return JwtView.NAME; else if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) return JsonView.NAME; }} — a loop over a
     * collection of the request (the media types of its {@code Accept} header, in the client's order of preference) whose
     * body is one {@code if} (or {@code else if} chain) testing the element against literals and constants only, every branch
     * returning a text or a constant: the view or representation of the first type the client accepts. Choosing how to
     * answer, the first-match form of a dispatch on a request value. A loop whose test reads the domain's state, or whose
     * branch computes or calls a collaborator, is a decision, and so is a search answering {@code true} on the first match
     * (a hand-written {@code anyMatch}).
     */
    private boolean isNegotiationLoop(ForEachStmt loop) {
        if (!isRequestValue(loop.getIterable()) || loop.getVariable().getVariables().size() != 1) {
            return false;
        }
        List<Statement> body = statementsOf(loop.getBody());
        if (body.size() != 1 || !(body.get(0) instanceof IfStmt dispatch)) {
            return false;
        }
        return choosesAnswer(dispatch, loop.getVariable().getVariables().get(0).getNameAsString());
    }

    /**
     * A branch of a negotiation loop: a test of the element (its own methods, against literals and constants; not a helper
     * of the class asked about it) whose branch returns a text or a constant, as does every further branch.
     */
    private static boolean choosesAnswer(IfStmt dispatch, String element) {
        return everyLink(dispatch, condition -> asksElement(condition, element), HandlerLogic::returnsConstant);
    }

    /**
     * {@code !type.isWildcardType() && type.isCompatibleWith(MediaType.APPLICATION_JSON)}: calls on the element handed literals
     * and constants only, negated or joined with {@code &&} and {@code ||} — what the element matches, not arithmetic on it.
     */
    private static boolean asksElement(Expression condition, String element) {
        return combines(condition, test -> asksElementOnce(test, element));
    }

    /** {@code type.isCompatibleWith(MediaType.APPLICATION_JSON)}: one call on the element handed literals and constants only. */
    private static boolean asksElementOnce(Expression condition, String element) {
        return condition instanceof MethodCallExpr call
                && call.getScope().filter(scope -> scope instanceof NameExpr name && name.getNameAsString().equals(element)).isPresent()
                && call.getArguments().stream().allMatch(argument -> argument instanceof LiteralExpr || isNamedConstant(argument)
                        || argument instanceof FieldAccessExpr access && access.getScope() instanceof NameExpr type && isTypeName(type));
    }

    /** {@code return JwtView.NAME;}, {@code return "json";}: a branch that only answers with a text or a constant (not {@code true}: a match). */
    private static boolean returnsConstant(Statement branch) {
        List<Statement> list = statementsOf(branch);
        return list.size() == 1 && list.get(0) instanceof ReturnStmt answer
                && answer.getExpression().filter(HandlerLogic::isNamedConstant).isPresent();
    }

    /**
     * What stands for the parameter's name in a loop over a map of request values: the element of a loop over its
     * {@code entrySet()} ({@code entry}, whose {@code getKey()} is the name; {@code null} otherwise), the element of a
     * loop over its {@code keySet()}, and locals declared from a name while the loop is weighed ({@code keys}).
     */
    private record ParameterNames(String entry, Set<String> keys) {

        static ParameterNames of(ForEachStmt loop) {
            String element = loop.getVariable().getVariables().get(0).getNameAsString();
            String over = loop.getIterable() instanceof MethodCallExpr call ? call.getNameAsString() : "";
            Set<String> keys = new HashSet<>();
            if (over.equals("keySet")) {
                keys.add(element);
            }
            return new ParameterNames(over.equals("entrySet") ? element : null, keys);
        }

        /** {@code entry.getKey()}, or a name standing for the parameter's name. */
        boolean isName(Expression expression) {
            Expression value = uncast(expression);
            if (value instanceof NameExpr name) {
                return keys.contains(name.getNameAsString());
            }
            return entry != null && value instanceof MethodCallExpr call && call.getNameAsString().equals("getKey")
                    && call.getArguments().isEmpty()
                    && call.getScope().filter(scope -> scope instanceof NameExpr element && element.getNameAsString().equals(entry)).isPresent();
        }
    }

    private static final Set<String> NAME_TESTS = Set.of("equals", "equalsIgnoreCase", "startsWith", "endsWith");

    /**
     * {@code if ("name".equals(key)) name = entry.getValue(); else if (key.startsWith("labels.")) labels.put(…, entry.getValue());}:
     * in a loop over a map of request parameters, routing each parameter by its name into the local it fills — request
     * mapping. Every condition compares the parameter's name with a literal or a constant; every branch is at most three
     * plain statements that assign a request value to a local or fill a local with request values. A test of the values
     * themselves ({@code if (!entry.getValue().isBlank())}) is a decision.
     */
    private boolean isKeyDispatch(IfStmt dispatch, ParameterNames names, Set<String> built) {
        return everyLink(dispatch, condition -> namesKey(condition, names), branch -> routesOnly(branch, built));
    }

    /** {@code "status".equals(name)}: the parameter's name compared with a literal or a constant. */
    private static boolean namesKey(Expression condition, ParameterNames names) {
        if (!(condition instanceof MethodCallExpr test) || !NAME_TESTS.contains(test.getNameAsString())
                || test.getArguments().size() != 1 || test.getScope().isEmpty()) {
            return false;
        }
        Expression scope = test.getScope().get();
        Expression argument = test.getArgument(0);
        return names.isName(scope) && isNamedConstant(argument) || isNamedConstant(scope) && names.isName(argument);
    }

    /**
     * The expression form of a dispatching {@code if}: {@code filter ? only(bundles, ids) : bundles},
     * {@code descending ? catalog.newestFirst(rows) : catalog.oldestFirst(rows)} — a condition that reads only the request,
     * a branch that calls on, and no branch a value of the handler's own (a literal or constant:
     * {@code quantity >= 100 ? 15 : 5} is a policy) or arithmetic.
     */
    private boolean isRequestDispatch(ConditionalExpr conditional) {
        List<Expression> branches = List.of(conditional.getThenExpr(), conditional.getElseExpr());
        return readsOnlyRequest(conditional.getCondition())
                && branches.stream().anyMatch(branch -> branch instanceof MethodCallExpr)
                && branches.stream().noneMatch(branch -> branch instanceof LiteralExpr || isNamedConstant(branch)
                        || branch.findFirst(Node.class, this::isArithmetic).isPresent());
    }

    private static boolean isNamedConstant(Expression expression) {
        return expression instanceof StringLiteralExpr || expression instanceof NameExpr name && isConstantName(name.getNameAsString())
                || expression instanceof FieldAccessExpr field && isConstantName(field.getNameAsString());
    }

    /** A branch of a key dispatch: at most three plain statements, each assigning a request value to a local or filling a local with request values. */
    private boolean routesOnly(Statement branch, Set<String> built) {
        List<Statement> list = statementsOf(branch);
        return !list.isEmpty() && list.size() <= 3 && list.stream().allMatch(statement -> isPlain(statement) && !computes(statement)
                && (((ExpressionStmt) statement).getExpression() instanceof AssignExpr assign
                && assign.getOperator() == AssignExpr.Operator.ASSIGN && assign.getTarget() instanceof NameExpr target
                && locals.contains(target.getNameAsString()) && isRequestValue(assign.getValue())
                || ((ExpressionStmt) statement).getExpression() instanceof MethodCallExpr call && fillsLocal(call, built)));
    }

    /** A value of the element, or an object made from such values ({@code new HashSet<>(Arrays.asList(values))}, a local built in the loop). */
    private boolean mapsOnly(Expression expression, Set<String> built) {
        if (expression instanceof NameExpr name && built.contains(name.getNameAsString())) {
            return true;
        }
        if (expression instanceof ObjectCreationExpr creation) {
            return creation.getAnonymousClassBody().isEmpty() && creation.getArguments().stream().allMatch(argument -> mapsOnly(argument, built));
        }
        return readsOnlyRequest(expression);
    }

    /** A call chain on a local of the handler (not one read from the request) whose every argument {@linkplain #mapsOnly maps}. */
    private boolean fillsLocal(MethodCallExpr call, Set<String> built) {
        Expression root = call;
        while (root instanceof MethodCallExpr link) {
            if (!link.getArguments().stream().allMatch(argument -> mapsOnly(argument, built)) || link.getScope().isEmpty()) {
                return false;
            }
            root = link.getScope().get();
        }
        return root instanceof NameExpr name && locals.contains(name.getNameAsString()) && !request.contains(name.getNameAsString());
    }

    /**
     * {@code target.setX(request…)}, {@code query.withoutTenant()}, {@code completeTask(task, body)} (dispatch),
     * {@code x = request…} or {@code T x = request…}: a call, or an assignment of a value that comes from the request.
     */
    private boolean movesRequestValues(Expression expression) {
        if (expression instanceof AssignExpr assign) {
            return assign.getOperator() == AssignExpr.Operator.ASSIGN && isRequestValue(assign.getValue());
        }
        if (expression instanceof VariableDeclarationExpr declaration) {
            return declaration.getVariables().stream()
                    .allMatch(variable -> variable.getInitializer().map(this::isRequestValue).orElse(true));
        }
        return expression instanceof MethodCallExpr;
    }

    /** An expression of request values that names at least one parameter of the handler. */
    private boolean isRequestValue(Expression expression) {
        return readsOnlyRequest(expression) && expression.findFirst(NameExpr.class, name -> request.contains(name.getNameAsString())).isPresent();
    }

    /**
     * Whether an expression reads nothing but the handler's parameters, literals and constants: calls on them
     * ({@code body.isNameChanged()}, {@code "local".equals(scope)}), static helpers applied to them
     * ({@code Boolean.parseBoolean(params.get("x"))}) and static fields of a type ({@code Names.namePattern.matcher(table)})
     * included.
     */
    private boolean readsOnlyRequest(Expression expression) {
        if (expression instanceof NameExpr name) {
            return request.contains(name.getNameAsString()) || isConstantName(name.getNameAsString());
        }
        if (expression instanceof LiteralExpr) {
            return true;
        }
        if (expression instanceof FieldAccessExpr access) {
            // a constant, a field of a request value, or a static field of a type (a shared Pattern: Names.namePattern)
            return isConstantName(access.getNameAsString()) || isTypeName(access.getScope()) || readsOnlyRequest(access.getScope());
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return readsOnlyRequest(enclosed.getInner());
        }
        if (expression instanceof UnaryExpr unary) {
            return readsOnlyRequest(unary.getExpression());
        }
        if (expression instanceof BinaryExpr binary) {
            return readsOnlyRequest(binary.getLeft()) && readsOnlyRequest(binary.getRight());
        }
        if (expression instanceof InstanceOfExpr instanceOf) {
            return readsOnlyRequest(instanceOf.getExpression());
        }
        if (expression instanceof ObjectCreationExpr creation) {
            // new Date(startDate): a value made of request values only
            return creation.getAnonymousClassBody().isEmpty() && creation.getScope().isEmpty()
                    && creation.getArguments().stream().allMatch(this::readsOnlyRequest);
        }
        if (expression instanceof CastExpr cast) {
            return readsOnlyRequest(cast.getExpression());
        }
        if (expression instanceof MethodCallExpr call) {
            return call.getScope().map(scope -> readsOnlyRequest(scope) || isTypeName(scope)).orElse(false)
                    && call.getArguments().stream().allMatch(this::readsOnlyRequest)
                    || readsRequestThroughHelper(call);
        }
        return false;
    }

    /**
     * {@code isAjaxRequest(request)}, {@code getSectionKey(pathVars)}: the class's own helper applied to the request alone —
     * like a static helper applied to it ({@code Boolean.parseBoolean(param)}), a value of the request.
     */
    private boolean readsRequestThroughHelper(MethodCallExpr call) {
        return call.getScope().filter(scope -> !(scope instanceof ThisExpr)).isEmpty() && !call.getArguments().isEmpty()
                && call.getArguments().stream().allMatch(this::readsOnlyRequest);
    }

    /** {@code x == null}, {@code x != null}, presence calls ({@code containsKey}, {@code isEmpty}, …), {@code instanceof}, and their combinations. */
    private static boolean isPresence(Expression condition) {
        if (condition instanceof EnclosedExpr enclosed) {
            return isPresence(enclosed.getInner());
        }
        if (condition instanceof UnaryExpr unary) {
            return unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT && isPresence(unary.getExpression());
        }
        if (condition instanceof BinaryExpr binary) {
            return switch (binary.getOperator()) {
                case AND, OR -> isPresence(binary.getLeft()) && isPresence(binary.getRight());
                case EQUALS, NOT_EQUALS -> binary.getLeft().isNullLiteralExpr() || binary.getRight().isNullLiteralExpr();
                default -> false;
            };
        }
        return condition instanceof InstanceOfExpr
                || condition instanceof MethodCallExpr call && PRESENCE_CALLS.contains(call.getNameAsString());
    }

    /** A statement with arithmetic in it ({@code score -= 1}, {@code total + fee}): computation, even under a presence test. */
    private boolean computes(Statement statement) {
        return statement.findFirst(Node.class, this::isArithmetic).isPresent();
    }

    /** An expression statement without a nested condition or lambda. */
    private static boolean isPlain(Statement statement) {
        return statement instanceof ExpressionStmt expression
                && expression.getExpression().findFirst(ConditionalExpr.class).isEmpty()
                && expression.getExpression().findFirst(LambdaExpr.class).isEmpty();
    }

    /** A call chain rooted at a logger: {@code log.debug(…)}, {@code LOGGER.warn(…)}, {@code ServicesLogger.LOGGER.x(…)}. */
    private static boolean isLogging(Expression expression) {
        if (!(expression instanceof MethodCallExpr call)) {
            return false;
        }
        Expression root = call;
        while (root instanceof MethodCallExpr link && link.getScope().isPresent()) {
            root = link.getScope().get();
        }
        String name = root instanceof NameExpr simple ? simple.getNameAsString()
                : root instanceof FieldAccessExpr access ? access.getNameAsString() : "";
        String lower = name.toLowerCase(Locale.ROOT);
        // a logger, or the logging context of the thread: MDC, a LoggerUtils/LogUtils helper setting it
        return lower.equals("log") || lower.endsWith("logger") || lower.equals("mdc") || LOGGING_HELPER.matcher(lower).matches();
    }

    /** A statement that only works the HTTP exchange or a byte stream: a call chain on one, or a declaration of one. */
    private boolean isExchange(Expression expression) {
        Expression value = expression;
        if (value instanceof AssignExpr assign) {
            if (assign.getTarget() instanceof NameExpr target && exchange.contains(target.getNameAsString())) {
                return true;
            }
            value = assign.getValue();
        }
        if (value instanceof VariableDeclarationExpr declaration) {
            if (declaration.getVariables().stream().allMatch(variable -> exchange.contains(variable.getNameAsString()))) {
                return true;
            }
            if (declaration.getVariables().size() != 1 || declaration.getVariables().get(0).getInitializer().isEmpty()) {
                return false;
            }
            value = declaration.getVariables().get(0).getInitializer().get();
        }
        // the receiver of the call chain, through parentheses and casts: (VersionedCatalog) in.readObject() reads the stream
        Expression root = value;
        while (root instanceof MethodCallExpr call && call.getScope().isPresent() || root instanceof EnclosedExpr || root instanceof CastExpr) {
            root = root instanceof MethodCallExpr call ? call.getScope().get()
                    : root instanceof EnclosedExpr enclosed ? enclosed.getInner() : ((CastExpr) root).getExpression();
        }
        return root != value && root instanceof NameExpr name
                && (exchange.contains(name.getNameAsString()) || STATIC_EXCHANGE_TYPES.contains(name.getNameAsString()))
                || root instanceof ObjectCreationExpr creation && EXCHANGE_TYPES.contains(creation.getType().getNameAsString())
                || isStreamHelperCall(value);
    }

    /**
     * {@code IOUtils.closeQuietly(in)}, {@code StreamUtils.copy(in, out)}: a static helper applied to the exchange's or a
     * stream's variables only.
     */
    private boolean isStreamHelperCall(Expression value) {
        return value instanceof MethodCallExpr call && call.getScope().filter(HandlerLogic::isTypeName).isPresent()
                && !call.getArguments().isEmpty()
                && call.getArguments().stream().allMatch(argument -> argument instanceof NameExpr name && exchange.contains(name.getNameAsString()));
    }

    /**
     * The copy loop of a download or upload: {@code while ((read = in.read(buffer)) != -1) out.write(buffer, 0, read);} —
     * a {@code while} whose condition reads a stream of the exchange and whose body only works the exchange. Its buffer
     * and count are the stream's, found before the walk ({@link #streamLocals}).
     */
    private boolean isCopyLoop(WhileStmt loop) {
        List<MethodCallExpr> reads = loop.getCondition().findAll(MethodCallExpr.class);
        if (reads.isEmpty() || !reads.stream().allMatch(this::isExchange)) {
            return false;
        }
        List<Statement> body = statementsOf(loop.getBody());
        return !body.isEmpty() && body.stream().allMatch(statement -> statement instanceof ExpressionStmt expression
                && (isExchange(expression.getExpression()) || isLogging(expression.getExpression())));
    }

    /** Calls that put a value into a view model: {@code model.addAttribute("form", form)}, {@code mav.addObject(…)}. */
    private static final Set<String> VIEW_MODEL_PUTS = Set.of("addAttribute", "addObject", "addFlashAttribute", "put", "addAllAttributes",
            "addAllObjects", "mergeAttributes");

    /**
     * The locals a handler hands to its view model ({@code model.addAttribute("entityForm", entityForm)}): the page's
     * answer, so the setters called on them build the answer ({@code entityForm.setReadOnly()}), like those of a
     * representation the handler creates.
     */
    private void viewModelAnswers(MethodDeclaration method, BlockStmt body) {
        Set<String> viewModels = new HashSet<>();
        method.getParameters().stream().filter(parameter -> isViewModelType(parameter.getType()))
                .forEach(parameter -> viewModels.add(parameter.getNameAsString()));
        body.findAll(VariableDeclarator.class).stream().filter(variable -> isViewModelType(variable.getType()))
                .forEach(variable -> viewModels.add(variable.getNameAsString()));
        if (viewModels.isEmpty()) {
            return;
        }
        for (MethodCallExpr call : body.findAll(MethodCallExpr.class)) {
            if (VIEW_MODEL_PUTS.contains(call.getNameAsString())
                    && call.getScope().filter(scope -> scope instanceof NameExpr name && viewModels.contains(name.getNameAsString())).isPresent()) {
                call.getArguments().stream().filter(NameExpr.class::isInstance).map(argument -> ((NameExpr) argument).getNameAsString())
                        .filter(name -> locals.contains(name) && !request.contains(name)).forEach(answers::add);
            }
        }
    }

    private static boolean isViewModelType(Type type) {
        return VIEW_MODEL_TYPES.contains(type.isClassOrInterfaceType() ? type.asClassOrInterfaceType().getNameAsString() : type.asString());
    }

    /**
     * The buffer and the count of a copy loop: the names a {@code while} condition assigns from a read of an exchange
     * stream, and the names it passes to that read ({@code (read = in.read(buffer, 0, 1024)) != -1}).
     */
    private void streamLocals(BlockStmt body) {
        for (WhileStmt loop : body.findAll(WhileStmt.class)) {
            for (AssignExpr assign : loop.getCondition().findAll(AssignExpr.class)) {
                if (assign.getTarget() instanceof NameExpr target && assign.getValue() instanceof MethodCallExpr read && isExchange(read)) {
                    exchange.add(target.getNameAsString());
                    read.getArguments().stream().filter(NameExpr.class::isInstance)
                            .forEach(argument -> exchange.add(((NameExpr) argument).getNameAsString()));
                }
            }
        }
    }

    /** The calls that read a clock for timing: {@code System.nanoTime()}, Hadoop's {@code Time.monotonicNow()}, Guava's {@code Stopwatch.createStarted()}. */
    private static final Set<String> CLOCK_READINGS = Set.of("currentTimeMillis", "nanoTime", "monotonicNow", "monotonicNowNanos",
            "createStarted", "now");

    /**
     * The request's instrumentation ({@link #timing}): a local declared with a clock reading, or with the elapsed time since
     * one, that the body uses only to compute elapsed time and to hand to calls (a metric, a log line, exception
     * translation) — not in a condition, arithmetic of its own or a value it stores; and a {@code boolean} local declared
     * and assigned only literals whose every read is an argument of a call that records such a time.
     */
    private void timingLocals(BlockStmt body) {
        Set<String> clocks = new HashSet<>();
        for (VariableDeclarator variable : body.findAll(VariableDeclarator.class)) {
            Expression value = variable.getInitializer().map(HandlerLogic::uncast).orElse(null);
            if (value != null && (isClockReading(value) || isElapsed(value, clocks))) {
                clocks.add(variable.getNameAsString());
            }
        }
        clocks.removeIf(name -> body.findAll(NameExpr.class, use -> use.getNameAsString().equals(name)).stream()
                .anyMatch(use -> !(isElapsedOperand(use, clocks) || isCallArgument(use))));
        timing.addAll(clocks);
        for (VariableDeclarator variable : body.findAll(VariableDeclarator.class)) {
            String name = variable.getNameAsString();
            if (!variable.getType().asString().equals("boolean")
                    || variable.getInitializer().filter(value -> value.isBooleanLiteralExpr()).isEmpty()) {
                continue;
            }
            boolean onlyLiterals = body.findAll(AssignExpr.class, assign -> assign.getTarget() instanceof NameExpr target
                    && target.getNameAsString().equals(name)).stream().allMatch(assign -> assign.getValue().isBooleanLiteralExpr()
                    && assign.getOperator() == AssignExpr.Operator.ASSIGN);
            boolean onlyRecorded = body.findAll(NameExpr.class, use -> use.getNameAsString().equals(name)).stream()
                    .allMatch(use -> use.getParentNode().filter(parent -> parent instanceof AssignExpr assign && assign.getTarget() == use
                            || parent instanceof MethodCallExpr call && call.getArguments().contains(use) && isRecording(call)).isPresent());
            if (onlyLiterals && onlyRecorded && !clocks.isEmpty()) {
                timing.add(name);
            }
        }
    }

    /** {@code System.nanoTime()}, {@code Time.monotonicNow()}, {@code Instant.now()}, {@code Stopwatch.createStarted()}: argument-free, on a type. */
    private static boolean isClockReading(Expression value) {
        return value instanceof MethodCallExpr call && CLOCK_READINGS.contains(call.getNameAsString()) && call.getArguments().isEmpty()
                && call.getScope().filter(scope -> isTypeName(scope) && (!call.getNameAsString().equals("now")
                        || scope.toString().equals("Instant") || scope.toString().endsWith(".Instant"))).isPresent();
    }

    /** {@code Time.monotonicNow() - start}: a clock reading less a timing local. */
    private static boolean isElapsed(Expression value, Set<String> clocks) {
        return value instanceof BinaryExpr minus && minus.getOperator() == BinaryExpr.Operator.MINUS && isClockReading(uncast(minus.getLeft()))
                && uncast(minus.getRight()) instanceof NameExpr start && clocks.contains(start.getNameAsString());
    }

    private static boolean isElapsedOperand(NameExpr use, Set<String> clocks) {
        return use.getParentNode().filter(parent -> parent instanceof BinaryExpr minus && minus.getRight() == use
                && isElapsed(minus, clocks)).isPresent() || use.getParentNode().filter(VariableDeclarator.class::isInstance).isPresent();
    }

    private static boolean isCallArgument(NameExpr use) {
        return use.getParentNode().filter(parent -> parent instanceof MethodCallExpr call && call.getArguments().contains(use)).isPresent();
    }

    /**
     * Recording the request's time: a call handed a timing local or an elapsed time ({@code METRICS.addGetEntitiesLatency(latency,
     * succeeded)}, {@code timer.record(Time.monotonicNow() - start, MILLISECONDS)}), its other arguments values, of the class's
     * own helper or on a field, a constant or a type — not on a local the handler builds, which would store the time in its answer.
     */
    private boolean isRecording(MethodCallExpr call) {
        return call.getScope().filter(scope -> scope instanceof NameExpr name && locals.contains(name.getNameAsString())
                        || !(scope instanceof NameExpr || scope instanceof FieldAccessExpr)).isEmpty()
                && call.getArguments().stream().anyMatch(argument -> argument instanceof NameExpr name && timing.contains(name.getNameAsString())
                        || isElapsed(uncast(argument), timing))
                && call.getArguments().stream().allMatch(argument -> isValue(argument) || isElapsed(uncast(argument), timing));
    }

    /**
     * A statement of the request's instrumentation ({@link #timingLocals}): declaring the timing locals, setting the success
     * flag, recording the time.
     */
    private boolean isTiming(Expression expression) {
        if (timing.isEmpty()) {
            return false;
        }
        if (expression instanceof VariableDeclarationExpr declaration) {
            return declaration.getVariables().stream().allMatch(variable -> timing.contains(variable.getNameAsString()));
        }
        if (expression instanceof AssignExpr assign) {
            return assign.getTarget() instanceof NameExpr target && timing.contains(target.getNameAsString())
                    && assign.getValue().isBooleanLiteralExpr();
        }
        return expression instanceof MethodCallExpr call && isRecording(call);
    }

    /** {@code if (async) METRICS.addAsyncLatency(latency, ok); else METRICS.addLatency(latency, ok);}: choosing the metric to record. */
    private boolean isMetricChoice(IfStmt choice) {
        return !timing.isEmpty() && recordsOnly(choice.getThenStmt()) && choice.getElseStmt().map(this::recordsOnly).orElse(true);
    }

    /** A branch of one or more statements, each a {@linkplain #isRecording recording} of the request's time. */
    private boolean recordsOnly(Statement branch) {
        List<Statement> statements = statementsOf(branch);
        return !statements.isEmpty() && statements.stream().allMatch(statement -> statement instanceof ExpressionStmt expression
                && expression.getExpression() instanceof MethodCallExpr call && isRecording(call));
    }

    /**
     * Request mapping by copy: a statement that only copies values of the request onto a target
     * ({@code query.setName(params.get("name"))}, {@code model.setKey(request.getKey())}, {@code target.x = body.getX()}).
     * Copying the state of the domain ({@code client.setSecret(clientModel.getSecret())}) or a value of the handler's own
     * ({@code execution.setRequirement(DISABLED)}) is logic, and a local variable assigned is computation.
     */
    private boolean isCopy(Expression expression) {
        if (expression instanceof MethodCallExpr call) {
            return COPY.matcher(call.getNameAsString()).matches() && !call.getArguments().isEmpty()
                    && call.getScope().map(HandlerLogic::isValue).orElse(true)
                    && call.getArguments().stream().allMatch(argument -> isValue(argument) && readsOnlyRequest(argument))
                    && call.getArguments().stream().anyMatch(this::isRequestValue);
        }
        return expression instanceof AssignExpr assign && assign.getOperator() == AssignExpr.Operator.ASSIGN
                && assign.getTarget() instanceof FieldAccessExpr && isValue(assign.getValue()) && isRequestValue(assign.getValue());
    }

    /**
     * {@code Optional.ofNullable(limit).ifPresent(query::setLimit)}, {@code Optional.ofNullable(locale).ifPresent(s ->
     * query.setLocale(Locale.forLanguageTag(s)))}: the presence-tested copy of an optional request value in the form of
     * {@code Optional} — the same mapping as {@code if (limit != null) query.setLimit(limit)}, one line per optional query
     * parameter. The value wrapped must be a value of the request, and the consumer a setter-like method reference on a
     * value ({@code target::setX}) or a one-statement lambda that is a {@linkplain #isCopy copy} of its parameter; a domain
     * value wrapped ({@code Optional.ofNullable(trip.getLimit())}) or a consumer that computes is logic.
     */
    private boolean isOptionalCopy(Expression expression) {
        if (!(expression instanceof MethodCallExpr consume) || !consume.getNameAsString().equals("ifPresent")
                || consume.getArguments().size() != 1
                || !(consume.getScope().orElse(null) instanceof MethodCallExpr wrap) || !wrap.getNameAsString().equals("ofNullable")
                || wrap.getArguments().size() != 1
                || !wrap.getScope().filter(type -> type.toString().equals("Optional") || type.toString().equals("java.util.Optional")).isPresent()) {
            return false;
        }
        Expression value = wrap.getArgument(0);
        if (!isValue(uncast(value)) || !isRequestValue(value)) {
            return false;
        }
        Expression consumer = consume.getArgument(0);
        if (consumer instanceof MethodReferenceExpr reference) {
            // the parser reads the target of query::setLimit as a type; a variable's name (lower case) is the target object
            Expression target = reference.getScope();
            if (target instanceof TypeExpr type && type.getType().isClassOrInterfaceType()
                    && type.getType().asClassOrInterfaceType().getScope().isEmpty()
                    && Character.isLowerCase(type.getType().asClassOrInterfaceType().getNameAsString().charAt(0))) {
                target = new NameExpr(type.getType().asClassOrInterfaceType().getNameAsString());
            }
            if (!COPY.matcher(reference.getIdentifier()).matches() || !isValue(target)) {
                return false;
            }
            return isCopy(new MethodCallExpr(target, reference.getIdentifier(),
                    new NodeList<>(value.clone())));
        }
        if (consumer instanceof LambdaExpr lambda && lambda.getParameters().size() == 1) {
            String parameter = lambda.getParameter(0).getNameAsString();
            Expression body = lambda.getExpressionBody().orElse(null);
            if (body == null && lambda.getBody() instanceof BlockStmt block && block.getStatements().size() == 1
                    && block.getStatement(0) instanceof ExpressionStmt only) {
                body = only.getExpression();
            }
            if (body == null || request.contains(parameter) || locals.contains(parameter)) {
                return false;
            }
            request.add(parameter);
            try {
                return isCopy(body);
            } finally {
                request.remove(parameter);
            }
        }
        return false;
    }

    /**
     * {@code String name = (String) body.get("name");}, {@code int size = node.get("size").asInt();}: a local declared with
     * a value read from the request without a decision (a getter or a cast of one) — request mapping, like a setter
     * copying such a value onto an object. A handler binding a {@code Map} or {@code JsonNode} body by hand declares one
     * per field.
     */
    private boolean isRequestRead(Expression expression) {
        return expression instanceof VariableDeclarationExpr declaration && declaration.getVariables().stream()
                .allMatch(variable -> variable.getInitializer().filter(value -> isValue(uncast(value)) && isRequestValue(value)).isPresent()
                        || isRequestContext(variable));
    }

    /**
     * {@code TenantContext tenantContext = context.createTenantContextWithAccountId(accountId, request);}: the request's
     * context — a local of a {@code …Context} type made by a call handed the HTTP exchange and otherwise request values,
     * literals and constants only, as a resource makes the tenant or call context of every request. Reading the request;
     * a context made with a value of the domain ({@code account.getId()}) is not.
     */
    private boolean isRequestContext(VariableDeclarator variable) {
        String type = variable.getType().isClassOrInterfaceType() ? variable.getType().asClassOrInterfaceType().getNameAsString() : "";
        return type.endsWith("Context") && variable.getInitializer().filter(value -> value instanceof MethodCallExpr call
                && call.getArguments().stream().anyMatch(argument -> argument instanceof NameExpr name && exchange.contains(name.getNameAsString()))
                && call.getArguments().stream().allMatch(this::readsOnlyRequest)).isPresent();
    }

    private static Expression uncast(Expression expression) {
        Expression value = expression;
        while (value instanceof CastExpr || value instanceof EnclosedExpr) {
            value = value instanceof CastExpr cast ? cast.getExpression() : ((EnclosedExpr) value).getInner();
        }
        return value;
    }

    /** A value read without a decision: a name, a literal, a field, or a getter of one ({@code params.get("name")}). */
    private static boolean isValue(Expression expression) {
        if (expression instanceof NameExpr || expression instanceof LiteralExpr || expression instanceof ThisExpr) {
            return true;
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return isValue(enclosed.getInner());
        }
        if (expression instanceof FieldAccessExpr field) {
            return isValue(field.getScope());
        }
        return expression instanceof MethodCallExpr call && READ.matcher(call.getNameAsString()).matches()
                && call.getScope().map(HandlerLogic::isValue).orElse(true) && call.getArguments().stream().allMatch(HandlerLogic::isValue);
    }

    /**
     * Building the answer: a setter-like call ({@code setX}, {@code put}, {@code add}, {@code addAll}) on a local created
     * in the handler ({@code new Representation()}, {@code new HashMap<>()}), or that local's declaration.
     */
    private boolean isAnswerBuilding(Expression expression) {
        if (expression instanceof VariableDeclarationExpr declaration) {
            return declaration.getVariables().stream().allMatch(variable -> variable.getInitializer()
                    .filter(ObjectCreationExpr.class::isInstance).isPresent() || returnedAnswers.contains(variable.getNameAsString()));
        }
        if (expression instanceof AssignExpr assign) {
            return assign.getOperator() == AssignExpr.Operator.ASSIGN && assign.getTarget() instanceof NameExpr target
                    && returnedAnswers.contains(target.getNameAsString()) && assign.getValue() instanceof MethodCallExpr factory
                    && isFactoryOf(factory, returnType);
        }
        if (!(expression instanceof MethodCallExpr call) || call.getScope().filter(NameExpr.class::isInstance).isEmpty()) {
            return false;
        }
        String scope = ((NameExpr) call.getScope().get()).getNameAsString();
        return answers.contains(scope)
                && call.getArguments().stream().noneMatch(argument -> argument.findFirst(ConditionalExpr.class).isPresent()
                || argument.findFirst(LambdaExpr.class).isPresent())
                && (returnedAnswers.contains(scope) || ANSWER_METHODS.matcher(call.getNameAsString()).matches());
    }

    /**
     * {@code Message message = Message.ok();} in a handler returning {@code Message}: a local of the handler's return type
     * made by a static factory of that type — the answer, whatever its adder is called ({@code message.data("path", p)}).
     */
    private static boolean isReturnedAnswer(VariableDeclarator variable, MethodDeclaration method) {
        String type = rawName(variable.getType().asString());
        return type.equals(rawName(method.getType().asString())) && variable.getInitializer().filter(value -> isFactoryOf(value, type)).isPresent();
    }

    /**
     * {@code Message message = null; try { … message = Message.ok(); … }}: a local of the handler's return type declared
     * {@code null} and assigned that type's static factory's result later (outside exception translation, whose
     * {@code message = Message.error(…)} does not make the answer) — the answer, like one declared with that value.
     */
    private static boolean isLateReturnedAnswer(VariableDeclarator variable, MethodDeclaration method, BlockStmt body) {
        String name = variable.getNameAsString();
        String type = rawName(variable.getType().asString());
        return type.equals(rawName(method.getType().asString()))
                && variable.getInitializer().filter(Expression::isNullLiteralExpr).isPresent()
                && body.findAll(AssignExpr.class).stream().anyMatch(assign -> assign.getTarget() instanceof NameExpr target
                && target.getNameAsString().equals(name) && assign.findAncestor(CatchClause.class).isEmpty()
                && isFactoryOf(assign.getValue(), type));
    }

    /** {@code Message.ok()}: a call of a static method of {@code type}. */
    private static boolean isFactoryOf(Expression value, String type) {
        return value instanceof MethodCallExpr call && call.getScope()
                .filter(scope -> scope instanceof NameExpr name && name.getNameAsString().equals(type)).isPresent();
    }

    private static String rawName(String type) {
        int generic = type.indexOf('<');
        return generic < 0 ? type : type.substring(0, generic);
    }

    /**
     * Building the answer's links: a local declared or assigned with a link ({@code linkTo(methodOn(C.class).one(id))
     * .withSelfRel()}) or a link template ({@code linkTo(C.class).withSelfRel().getHref() + "{?name}"}), as a hypermedia
     * root writes one per endpoint. Nothing but link building, reads and texts: no condition, lambda or arithmetic.
     */
    private boolean isLinkTemplate(Expression expression) {
        if (expression instanceof VariableDeclarationExpr declaration) {
            return declaration.getVariables().stream().allMatch(variable -> variable.getInitializer().filter(this::isLinkBuilding).isPresent());
        }
        return expression instanceof AssignExpr assign && assign.getOperator() == AssignExpr.Operator.ASSIGN
                && assign.getTarget() instanceof NameExpr && isLinkBuilding(assign.getValue());
    }

    private boolean isLinkBuilding(Expression value) {
        if (value.findFirst(ConditionalExpr.class).isPresent() || value.findFirst(LambdaExpr.class).isPresent()
                || value.findFirst(Node.class, this::isArithmetic).isPresent()) {
            return false;
        }
        List<MethodCallExpr> calls = value.findAll(MethodCallExpr.class);
        return calls.stream().anyMatch(call -> LINK_BUILDER_ROOTS.contains(call.getNameAsString()))
                && calls.stream().allMatch(call -> LINK_CALLS.contains(call.getNameAsString()) || READ.matcher(call.getNameAsString()).matches()
                || call.getNameAsString().equals("of") && call.getScope().filter(scope -> scope instanceof NameExpr type && type.getNameAsString().equals("Link")).isPresent()
                || call.getScope().filter(scope -> scope instanceof MethodCallExpr recorded && recorded.getNameAsString().equals("methodOn")).isPresent());
    }

    // ------------------------------------------------------------ arithmetic

    /** Calls that cut a text or a list at an index. */
    private static final Set<String> SLICING_CALLS = Set.of("substring", "subSequence", "charAt", "subList");
    /** Calls that find an index in a text or a list, or its end. */
    private static final Set<String> INDEX_CALLS = Set.of("indexOf", "lastIndexOf", "length", "size");

    /**
     * {@code key.substring(key.indexOf('.') + 1)}, {@code path.substring(0, path.length() - 1)}: an index found in a text (or
     * list) and moved by a literal, as the argument of the call that cuts it — slicing a value, not computing the domain.
     */
    private static boolean isSlicingIndex(BinaryExpr binary) {
        return (binary.getOperator() == BinaryExpr.Operator.PLUS || binary.getOperator() == BinaryExpr.Operator.MINUS)
                && binary.getParentNode().orElse(null) instanceof MethodCallExpr cut && SLICING_CALLS.contains(cut.getNameAsString())
                && cut.getArguments().stream().anyMatch(argument -> argument == binary)
                && (isIndexCall(binary.getLeft()) && binary.getRight() instanceof com.github.javaparser.ast.expr.IntegerLiteralExpr
                || binary.getLeft() instanceof com.github.javaparser.ast.expr.IntegerLiteralExpr && isIndexCall(binary.getRight()));
    }

    /**
     * {@code root.length() + dir.length() + 2}: lengths and indexes of texts moved by literals — an offset to cut a text at,
     * computed ahead of the cut, not a computation of the domain.
     */
    private static boolean isTextOffset(BinaryExpr binary) {
        if (binary.getOperator() != BinaryExpr.Operator.PLUS && binary.getOperator() != BinaryExpr.Operator.MINUS) {
            return false;
        }
        boolean indexed = false;
        Deque<Expression> operands = new ArrayDeque<>(List.of(binary.getLeft(), binary.getRight()));
        while (!operands.isEmpty()) {
            Expression operand = operands.pop();
            while (operand instanceof EnclosedExpr enclosed) {
                operand = enclosed.getInner();
            }
            if (operand instanceof BinaryExpr nested && (nested.getOperator() == BinaryExpr.Operator.PLUS || nested.getOperator() == BinaryExpr.Operator.MINUS)) {
                operands.push(nested.getLeft());
                operands.push(nested.getRight());
            } else if (operand instanceof MethodCallExpr call && call.getScope().isPresent()
                    && (call.getNameAsString().equals("length") || call.getNameAsString().equals("indexOf") || call.getNameAsString().equals("lastIndexOf"))) {
                indexed = true;
            } else if (!(operand instanceof com.github.javaparser.ast.expr.IntegerLiteralExpr)) {
                return false;
            }
        }
        return indexed;
    }

    private static boolean isIndexCall(Expression expression) {
        return expression instanceof MethodCallExpr call && INDEX_CALLS.contains(call.getNameAsString()) && call.getScope().isPresent();
    }

    private static boolean isInnerPlus(Node node) {
        return node instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS
                && binary.getParentNode().orElse(null) instanceof BinaryExpr parent && parent.getOperator() == BinaryExpr.Operator.PLUS;
    }

    private boolean isArithmetic(Node node) {
        if (node instanceof BinaryExpr binary) {
            if (isSlicingIndex(binary) || isTextOffset(binary)) {
                return false;
            }
            return switch (binary.getOperator()) {
                case MINUS, MULTIPLY, DIVIDE, REMAINDER -> true;
                case PLUS -> !isConcatenation(binary);
                default -> false;
            };
        }
        if (node instanceof AssignExpr assign) {
            return switch (assign.getOperator()) {
                case PLUS, MINUS, MULTIPLY, DIVIDE, REMAINDER -> true;
                default -> false;
            };
        }
        if (node instanceof UnaryExpr unary) {
            return switch (unary.getOperator()) {
                case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT ->
                        !(unary.getParentNode().orElse(null) instanceof ForStmt);
                default -> false;
            };
        }
        return false;
    }

    /**
     * A {@code +} with a text among its operands (those of the {@code +}s nested in it included): a text literal, a
     * {@code toString()}, a {@code String.valueOf(…)} (or another static call of {@code String}), a parameter, local or field
     * the class declares a {@code String}, or a {@code ?:} choosing between texts ({@code (month < 10 ? "0" : "") + month}).
     * Iterative and linear in the operands: a long concatenation costs neither stack nor quadratic time.
     */
    private boolean isConcatenation(BinaryExpr plus) {
        Deque<Expression> operands = new ArrayDeque<>(List.of(plus.getLeft(), plus.getRight()));
        while (!operands.isEmpty()) {
            Expression operand = operands.pop();
            while (operand instanceof EnclosedExpr enclosed) {
                operand = enclosed.getInner();
            }
            if (isText(operand) || operand instanceof ConditionalExpr choice && isText(unenclosed(choice.getThenExpr()))
                    && isText(unenclosed(choice.getElseExpr()))) {
                return true;
            }
            if (operand instanceof BinaryExpr nested && nested.getOperator() == BinaryExpr.Operator.PLUS) {
                operands.push(nested.getLeft());
                operands.push(nested.getRight());
            }
        }
        return false;
    }

    /**
     * A text: a text literal, a {@code toString()}, a static call of {@code String} ({@code String.valueOf(month)}), or a name
     * declared a {@code String} in the method or its class.
     */
    private boolean isText(Expression operand) {
        return operand instanceof StringLiteralExpr || operand instanceof TextBlockLiteralExpr || operand instanceof CharLiteralExpr
                || operand instanceof MethodCallExpr call && (call.getNameAsString().equals("toString")
                        || call.getScope().filter(scope -> scope instanceof NameExpr type && type.getNameAsString().equals("String")).isPresent())
                || operand instanceof NameExpr name && texts.contains(name.getNameAsString());
    }

    /**
     * {@code (month < 10 ? "0" : "") + month}, {@code count + (count == 1 ? " file" : " files")}: a {@code ?:} choosing between
     * two text literals as an operand of a concatenation — formatting a text (a padding, a plural, a separator), not a
     * decision.
     */
    private boolean isTextChoice(ConditionalExpr conditional) {
        if (!isTextLiteral(unenclosed(conditional.getThenExpr())) || !isTextLiteral(unenclosed(conditional.getElseExpr()))) {
            return false;
        }
        Node operand = conditional;
        while (operand.getParentNode().orElse(null) instanceof EnclosedExpr enclosed) {
            operand = enclosed;
        }
        return operand.getParentNode().orElse(null) instanceof BinaryExpr plus && plus.getOperator() == BinaryExpr.Operator.PLUS
                && isConcatenation(plus);
    }

    private static boolean isTextLiteral(Expression expression) {
        return expression instanceof StringLiteralExpr || expression instanceof CharLiteralExpr;
    }

    private static Expression unenclosed(Expression expression) {
        Expression inner = expression;
        while (inner instanceof EnclosedExpr enclosed) {
            inner = enclosed.getInner();
        }
        return inner;
    }

    // ------------------------------------------------------------ helpers

    private static List<Statement> statementsOf(Statement statement) {
        return statement instanceof BlockStmt block ? block.getStatements() : List.of(statement);
    }

    /** A name declared in the method: a text or, shadowing a field of the same name, not one. */
    private void declare(String name, Type type) {
        if (isTextType(type)) {
            texts.add(name);
        } else {
            texts.remove(name);
        }
    }

    private static boolean isTextType(Type type) {
        String name = type.isClassOrInterfaceType() ? type.asClassOrInterfaceType().getNameAsString() : type.asString();
        return name.equals("String") || name.equals("CharSequence");
    }

    private static boolean isExchangeType(Type type) {
        String name = type.isClassOrInterfaceType() ? type.asClassOrInterfaceType().getNameAsString() : type.asString();
        return EXCHANGE_TYPES.contains(name) || CHARACTER_STREAMS.contains(name)
                || name.endsWith("InputStream") || name.endsWith("OutputStream");
    }

    private static boolean isConstantName(String name) {
        return name.length() > 1 && name.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || c == '_');
    }

    /** {@code Boolean}, {@code StringUtils}, {@code RequestUtil}: a static call's type (by the naming convention). */
    private static boolean isTypeName(Expression scope) {
        String name = scope instanceof NameExpr simple ? simple.getNameAsString()
                : scope instanceof FieldAccessExpr access ? access.getNameAsString() : "";
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0)) && !isConstantName(name);
    }
}
