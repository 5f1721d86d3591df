package dev.archrules.core.recognize;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Clocks: a type of the code base whose only operations tell the current time — {@code OffsetDateTime getNow()},
 * {@code Instant now()}, {@code LocalDate today()} — like Spring Data's {@code DateTimeProvider} or a request-scoped
 * provider that fixes "now" once per request so every row a request writes carries the same time. Such a type is a
 * time source for tests to replace, whatever package it sits in; a repository stamping its rows from it calls no
 * business logic. A type with any other operation (one that takes an argument, {@code expiryOf(created)}, or whose
 * name says something else than the current time, {@code nextRun()}) is no clock.
 */
public final class TimeSources {

    /** The return types of a clock's operation: values of the current time (not a {@code Duration} or {@code Period}). */
    private static final Set<String> TIME_TYPES = Set.of(
            "java.time.Instant", "java.time.OffsetDateTime", "java.time.ZonedDateTime", "java.time.LocalDateTime",
            "java.time.LocalDate", "java.time.LocalTime", "java.time.OffsetTime", "java.time.Clock",
            "java.time.temporal.Temporal", "java.time.temporal.TemporalAccessor",
            "java.util.Date", "java.util.Calendar", "java.sql.Timestamp", "java.util.Optional");

    /** What an operation's name (without {@code get}) starts with when it tells the current time. */
    private static final List<String> NOW_NAMES = List.of("now", "current", "today", "clock", "instant");

    private TimeSources() {
    }

    /** Whether {@code type} is a clock (see the class comment): it declares at least one operation, and all of them tell the time. */
    public static boolean isClock(JavaClass type) {
        List<JavaMethod> operations = type.getMethods().stream()
                .filter(method -> !method.getModifiers().contains(JavaModifier.STATIC)
                        && !method.getModifiers().contains(JavaModifier.SYNTHETIC)
                        && !method.getModifiers().contains(JavaModifier.BRIDGE)
                        && !method.getModifiers().contains(JavaModifier.PRIVATE)
                        && !isObjectMethod(method) && !isLifecycleCallback(method))
                .toList();
        return !operations.isEmpty() && operations.stream().allMatch(TimeSources::tellsTheTime);
    }

    private static boolean tellsTheTime(JavaMethod method) {
        if (!method.getRawParameterTypes().isEmpty() || !TIME_TYPES.contains(method.getRawReturnType().getName())) {
            return false;
        }
        String name = method.getName().toLowerCase(Locale.ROOT);
        String bare = name.startsWith("get") ? name.substring(3) : name;
        return NOW_NAMES.stream().anyMatch(bare::startsWith);
    }

    /** {@code @PostConstruct void init()} fixing the time a request-scoped clock tells: the container's call, no operation. */
    private static boolean isLifecycleCallback(JavaMethod method) {
        return method.getAnnotations().stream().map(annotation -> annotation.getRawType().getSimpleName())
                .anyMatch(name -> name.equals("PostConstruct") || name.equals("PreDestroy"));
    }

    private static boolean isObjectMethod(JavaMethod method) {
        return switch (method.getName()) {
            case "toString", "hashCode" -> method.getRawParameterTypes().isEmpty();
            case "equals" -> method.getRawParameterTypes().size() == 1;
            default -> false;
        };
    }
}
