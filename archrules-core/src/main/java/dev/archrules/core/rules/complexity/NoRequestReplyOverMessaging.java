package dev.archrules.core.rules.complexity;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import dev.archrules.core.conventions.Annotations;
import dev.archrules.core.conventions.Term;
import dev.archrules.core.engine.GeneratedCode;
import dev.archrules.core.engine.GroupedCalls;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.PerClassRule;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.recognize.CallPaths;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Severity;
import dev.archrules.core.model.Violation;

import java.util.Collection;
import java.util.Set;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code complexity.no-request-reply-over-messaging} (R2): a message queue used for a synchronous workflow — the sender
 * blocks until a reply arrives. That is a remote call with the failure modes of a queue added (a reply queue, a
 * correlation id, a timeout, a lost reply), and an HTTP call or a plain method call would be simpler.
 *
 * <p>Reported, in any class of the code base: calls of {@link Term#REQUEST_REPLY_CALLS} ({@code sendAndReceive} and
 * {@code convertSendAndReceive} of {@code RabbitTemplate}/{@code AmqpTemplate}, {@code JmsTemplate},
 * {@code JmsMessagingTemplate}, Spring Integration's {@code MessagingTemplate}; {@code ReplyingKafkaTemplate#sendAndReceive})
 * and calls of a value-returning method of a messaging gateway ({@link Term#REQUEST_REPLY_GATEWAY_ANNOTATIONS}). In
 * request handler methods ({@link dev.archrules.core.conventions.Conventions#isEndpoint}) of controllers and the methods
 * of the code base they call, up to {@value #HANDLER_PATH_DEPTH} calls deep ({@link CallPaths#reachableFrom}), also: receiving
 * from a queue ({@link Term#HANDLER_RECEIVE_CALLS}: {@code JmsTemplate.receive*}, {@code RabbitTemplate.receive*}), and
 * blocking with {@code get()}/{@code join()} ({@link Term#BLOCKING_FUTURE_CALLS}) on the result of a send
 * ({@link Term#ASYNC_SEND_CALLS}: {@code KafkaTemplate.send}) in the same method. Outside handlers a blocking send is
 * a delivery confirmation (a batch job, an outbox relay), not a request waiting on a broker.
 *
 * <p>One finding per method and messaging call, keyed {@code com.acme.OrderService#quote -> org.springframework.amqp.core.AmqpTemplate#convertSendAndReceive}
 * (the declaring type of the called method as the code names it), at the first such call.
 */
public final class NoRequestReplyOverMessaging extends PerClassRule {

    public static final String ID = "complexity.no-request-reply-over-messaging";

    public NoRequestReplyOverMessaging() {
        super(new RuleInfo(ID, ChecklistItem.R2,
                "a message queue should not carry a synchronous request and its reply",
                "a request that blocks on a reply over a queue is a remote call with the queue's failure modes added: reply queues, correlation, timeouts, lost replies",
                "make the call synchronous over HTTP (or a method call inside the service), or make the workflow asynchronous: send, return, and handle the reply as an event",
                Severity.WARNING));
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return DescribedPredicate.describe("classes", javaClass -> true);
    }

    /** The methods on request handlers' paths, {@value #HANDLER_PATH_DEPTH} calls deep: where waiting on a broker holds a request. */
    private Set<JavaCodeUnit> onHandlerPaths = Set.of();

    private static final int HANDLER_PATH_DEPTH = CallPaths.SEQUENCE_DEPTH;

    @Override
    protected void prepare(Collection<JavaClass> classes, RuleContext context) {
        List<JavaMethod> handlers = classes.stream().filter(javaClass -> context.hasRole(javaClass, Role.CONTROLLER))
                .flatMap(javaClass -> javaClass.getMethods().stream()).filter(context.conventions()::isEndpoint).toList();
        onHandlerPaths = CallPaths.of(context).reachableFrom(handlers, HANDLER_PATH_DEPTH);
    }

    @Override
    protected void finish(RuleContext context) {
        onHandlerPaths = Set.of();
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        List<JavaMethodCall> found = new ArrayList<>();
        List<String> what = new ArrayList<>();
        boolean handlerClass = context.hasRole(javaClass, Role.CONTROLLER);
        for (JavaCodeUnit codeUnit : javaClass.getCodeUnits()) {
            if (GeneratedCode.isSynthetic(codeUnit)) {
                continue;
            }
            List<JavaMethodCall> calls = codeUnit.getMethodCallsFromSelf().stream()
                    .sorted(Comparator.comparingInt(JavaMethodCall::getLineNumber)).toList();
            boolean handler = handlerClass && codeUnit instanceof JavaMethod method && context.conventions().isEndpoint(method)
                    || onHandlerPaths.contains(codeUnit);
            JavaMethodCall send = null;
            int lastBlock = -1;
            for (JavaMethodCall call : calls) {
                if (context.isCallTo(Term.REQUEST_REPLY_CALLS, call)) {
                    found.add(call);
                } else if (isGatewayRequest(call, context)) {
                    found.add(call);
                } else if (handler && context.isCallTo(Term.HANDLER_RECEIVE_CALLS, call)) {
                    found.add(call);
                } else if (handler && context.isCallTo(Term.ASYNC_SEND_CALLS, call)) {
                    send = send == null ? call : send;
                } else if (handler && context.isCallTo(Term.BLOCKING_FUTURE_CALLS, call)) {
                    lastBlock = Math.max(lastBlock, call.getLineNumber());
                }
            }
            // send(…).get() on one line: the order of calls within a line is not known, so a block on or after the
            // first send's line waits for it
            if (send != null && lastBlock >= send.getLineNumber()) {
                found.add(send);
            }
        }
        String who = roleOrClass(javaClass, context);
        for (GroupedCalls<JavaMethodCall> group : GroupedCalls.byKey(found,
                call -> Locations.stableName(javaClass) + "#" + call.getOrigin().getName() + " -> " + call.getTargetOwner().getName() + "#" + call.getName())) {
            JavaMethodCall first = group.first();
            boolean blockingSend = context.isCallTo(Term.ASYNC_SEND_CALLS, first);
            boolean receive = context.isCallTo(Term.HANDLER_RECEIVE_CALLS, first);
            String how = blockingSend ? "sends with <" + first.getTargetOwner().getName() + "." + first.getName()
                    + "> and blocks on the result while handling a request"
                    : receive ? "waits for a message with <" + first.getTargetOwner().getName() + "." + first.getName()
                    + "> while handling a request"
                    : "sends a message and waits for the reply with <" + first.getTargetOwner().getName() + "." + first.getName() + ">";
            violations.accept(newViolation(group.key(),
                    who + " <" + javaClass.getName() + "> " + how + ": " + group.description(),
                    Locations.of(first.getSourceCodeLocation()),
                    blockingSend ? "return without waiting (handle the send result asynchronously), or call the receiving service over HTTP"
                            : "call the replying service directly (HTTP or a method call), or send an event and handle the reply asynchronously"));
        }
    }

    /** A call of a value-returning method of a messaging gateway interface: a request that waits for its reply. */
    private static boolean isGatewayRequest(JavaMethodCall call, RuleContext context) {
        JavaClass owner = call.getTargetOwner();
        return owner.isInterface()
                && Annotations.hasAny(owner, context.conventions().names(Term.REQUEST_REPLY_GATEWAY_ANNOTATIONS))
                && !call.getTarget().getRawReturnType().getName().equals("void")
                && !call.getTarget().getRawReturnType().getName().startsWith("java.util.concurrent.");
    }
}
