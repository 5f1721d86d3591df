package dev.archrules.spring.rules;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import dev.archrules.core.conventions.Annotations;
import dev.archrules.spring.conventions.SpringConventions;

import java.util.Optional;
import java.util.Set;

/**
 * The transaction settings a method declares, through Spring's or JTA's {@code @Transactional} on the method,
 * else on its class or a superclass (the annotation is inherited): what a call through the proxy would set up.
 * Values not written are the annotation's defaults ({@code REQUIRED}, {@code DEFAULT} isolation, read-write).
 *
 * @param propagation the propagation (Spring) or transaction type (JTA), e.g. {@code REQUIRES_NEW}
 * @param isolation   the isolation level, {@code DEFAULT} unless set
 * @param readOnly    whether the transaction is read-only
 */
record TransactionSettings(String propagation, String isolation, boolean readOnly) {

    /** Propagations that guarantee the method a transaction. */
    private static final Set<String> TRANSACTIONAL = Set.of("REQUIRED", "MANDATORY", "REQUIRES_NEW", "NESTED");

    /** The settings of {@code method}, if it (or its class) is transactional. */
    static Optional<TransactionSettings> of(JavaMethod method) {
        Optional<JavaAnnotation<?>> annotation = Annotations.find(method, SpringConventions.TRANSACTIONAL);
        return annotation.isPresent() ? annotation.map(TransactionSettings::from) : ofClass(method.getOwner());
    }

    private static Optional<TransactionSettings> ofClass(JavaClass javaClass) {
        for (JavaClass type = javaClass; type != null; type = type.getRawSuperclass().orElse(null)) {
            Optional<JavaAnnotation<?>> annotation = Annotations.find(type, SpringConventions.TRANSACTIONAL);
            if (annotation.isPresent()) {
                return annotation.map(TransactionSettings::from);
            }
        }
        return Optional.empty();
    }

    private static TransactionSettings from(JavaAnnotation<?> annotation) {
        String propagation = Annotations.enumValue(annotation, "propagation").or(() -> Annotations.enumValue(annotation, "value")).orElse("REQUIRED");
        String isolation = Annotations.enumValue(annotation, "isolation").orElse("DEFAULT");
        boolean readOnly = annotation.get("readOnly").map(Boolean.TRUE::equals).orElse(false);
        return new TransactionSettings(propagation, isolation, readOnly);
    }

    /** The settings a repository method without its own runs under: its service's read-write transaction. */
    private static final TransactionSettings SERVICE_TRANSACTION = new TransactionSettings("REQUIRED", "DEFAULT", false);

    /**
     * What a call on {@code this} from a method running with {@code caller}'s settings (empty: none declared)
     * loses compared with a call through the proxy into a method with these settings, or empty when nothing
     * is lost. {@code inRepository}: the caller is a repository method, which without settings of its own runs
     * inside the read-write transaction of the service that calls it.
     */
    Optional<String> lostWhenCalledFrom(Optional<TransactionSettings> caller, boolean inRepository) {
        Optional<TransactionSettings> effective = caller.isEmpty() && inRepository ? Optional.of(SERVICE_TRANSACTION) : caller;
        if (effective.isPresent() && effective.get().equals(this)) {
            return Optional.empty(); // same settings: the call runs as the caller's transaction would run it
        }
        if (effective.isEmpty() || !TRANSACTIONAL.contains(effective.get().propagation())) {
            return TRANSACTIONAL.contains(propagation)
                    ? Optional.of("the caller runs without a transaction, so none is started")
                    : Optional.empty();
        }
        TransactionSettings running = effective.get();
        return switch (propagation) {
            // a read-only caller has no pending writes a separate read-only transaction would hide
            case "REQUIRES_NEW" -> running.readOnly() && readOnly
                    ? Optional.empty()
                    : Optional.of("it runs in the caller's transaction instead of a new one");
            case "NESTED" -> Optional.of("it runs in the caller's transaction without a savepoint");
            case "NOT_SUPPORTED", "NEVER" -> Optional.of("it runs inside the caller's transaction instead of without one");
            default -> {
                if (running.readOnly() && !readOnly) {
                    yield Optional.of("it writes inside the caller's read-only transaction");
                }
                if (!isolation.equals("DEFAULT") && !isolation.equals(running.isolation())) {
                    yield Optional.of("it runs with the caller's isolation instead of " + isolation);
                }
                yield Optional.empty();
            }
        };
    }

    /**
     * Whether a call through the proxy from a method running with {@code caller}'s settings would start the
     * transaction these settings ask for because none runs (the call on {@code this} then runs without one).
     */
    boolean startsWhereNoneRuns(Optional<TransactionSettings> caller, boolean inRepository) {
        Optional<TransactionSettings> effective = caller.isEmpty() && inRepository ? Optional.of(SERVICE_TRANSACTION) : caller;
        return TRANSACTIONAL.contains(propagation) && (effective.isEmpty() || !TRANSACTIONAL.contains(effective.get().propagation()));
    }

    /**
     * Whether a method with {@code inner}'s settings, called where no transaction runs, opens the transaction these
     * settings would open: one of its own ({@code REQUIRED}, {@code REQUIRES_NEW}, {@code NESTED}; not {@code MANDATORY},
     * which fails) with the same isolation and the same read-only flag.
     */
    boolean openedAlikeBy(TransactionSettings inner) {
        return Set.of("REQUIRED", "REQUIRES_NEW", "NESTED").contains(inner.propagation())
                && inner.isolation().equals(isolation) && inner.readOnly() == readOnly;
    }
}
