package dev.archrules.spring.rules;

import com.tngtech.archunit.core.domain.JavaMethodCall;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Method calls grouped by violation key, so that a class calling the same thing ten times gets one
 * violation at its first call, "(and 9 more)".
 *
 * @param key   the violation key shared by the calls
 * @param first the first call by line
 * @param count how many calls there are
 */
record GroupedCalls(String key, JavaMethodCall first, int count) {

    static List<GroupedCalls> byKey(Collection<JavaMethodCall> calls, Function<JavaMethodCall, String> key) {
        Map<String, List<JavaMethodCall>> grouped = new LinkedHashMap<>();
        calls.stream()
                .sorted(Comparator.comparingInt(JavaMethodCall::getLineNumber).thenComparing(JavaMethodCall::getDescription))
                .forEach(call -> grouped.computeIfAbsent(key.apply(call), k -> new ArrayList<>()).add(call));
        return grouped.entrySet().stream()
                .map(entry -> new GroupedCalls(entry.getKey(), entry.getValue().get(0), entry.getValue().size()))
                .toList();
    }

    /** {@code ""} for one call, {@code " (and 2 more)"} for three. */
    String more() {
        return count > 1 ? " (and " + (count - 1) + " more)" : "";
    }
}
