package dev.archrules.core.engine;

import com.tngtech.archunit.core.domain.JavaCall;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Calls grouped by violation key, so that a class calling the same thing ten times gets one violation
 * at its first call, "(and 9 more)". Shared by the rules of every preset that report calls.
 *
 * @param key   the violation key shared by the calls
 * @param first the first call by line
 * @param count how many calls there are
 * @param <C>   the kind of call (method or constructor call)
 */
public record GroupedCalls<C extends JavaCall<?>>(String key, C first, int count) {

    /** The calls grouped by {@code key}, each group in order of first appearance, its first call the lowest line. */
    public static <C extends JavaCall<?>> List<GroupedCalls<C>> byKey(Collection<? extends C> calls, Function<? super C, String> key) {
        Map<String, List<C>> grouped = new LinkedHashMap<>();
        calls.stream()
                .sorted(Comparator.comparingInt((C call) -> call.getLineNumber()).thenComparing(call -> call.getDescription()))
                .forEach(call -> grouped.computeIfAbsent(key.apply(call), k -> new ArrayList<>()).add(call));
        return grouped.entrySet().stream()
                .map(entry -> new GroupedCalls<>(entry.getKey(), entry.getValue().get(0), entry.getValue().size()))
                .toList();
    }

    /** {@code ""} for one call, {@code " (and 2 more)"} for three. */
    public String more() {
        return count > 1 ? " (and " + (count - 1) + " more)" : "";
    }

    /** ArchUnit's description of the first call with the count inserted before its {@code in (File.java:line)}. */
    public String description() {
        return Locations.withCount(first.getDescription(), count);
    }
}
