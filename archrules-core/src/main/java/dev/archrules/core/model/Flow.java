package dev.archrules.core.model;

import java.util.List;
import java.util.Objects;

/**
 * The request flow behind a finding of a call-path rule, for the reports to draw as a sequence diagram: the calls
 * from the handler (or transactional method) through the classes of the code base to the call that leaves it, in the
 * order they are made. Never part of a violation's key.
 *
 * @param calls the calls in order; empty for {@link #NONE}
 * @param note  a sentence over the whole flow, e.g. the transaction that surrounds it; empty for none
 */
public record Flow(List<Call> calls, String note) {

    /** No flow: most findings have none. */
    public static final Flow NONE = new Flow(List.of(), "");

    /** What a call does. */
    public enum Kind {
        /** A call between classes of the code base. */
        CALL,
        /** A call that leaves the code base for another system: HTTP, an external client, a message, mail. */
        REMOTE,
        /** A call that reads or writes the database. */
        DATA_ACCESS
    }

    /**
     * One call of the flow.
     *
     * @param from     the calling class, by simple name
     * @param to       the called class (a class of the code base, or the library type of the API), by simple name
     * @param method   the called method
     * @param location where the call is made, e.g. {@code OrderService.java:42}
     * @param kind     what the call does
     */
    public record Call(String from, String to, String method, String location, Kind kind) {
        public Call {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(kind, "kind");
        }
    }

    public Flow {
        calls = List.copyOf(calls);
        Objects.requireNonNull(note, "note");
    }

    /** Whether there is a flow to draw. */
    public boolean isEmpty() {
        return calls.isEmpty();
    }
}
