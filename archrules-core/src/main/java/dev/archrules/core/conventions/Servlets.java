package dev.archrules.core.conventions;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import dev.archrules.core.internal.types.ImportedSupertypes;

import java.util.Set;

/** The servlet handler methods, a fixed list: {@code doGet}, {@code doPost}, … declared in a subclass of {@code HttpServlet}. */
final class Servlets {

    /** The servlet base classes, jakarta and javax. */
    static final Set<String> TYPES = Set.of("jakarta.servlet.http.HttpServlet", "javax.servlet.http.HttpServlet");

    private static final Set<String> HANDLERS = Set.of("doGet", "doPost", "doPut", "doDelete", "doPatch", "service");

    private Servlets() {
    }

    /** Whether {@code method} is a handler method of a servlet (not of {@code HttpServlet} itself). */
    static boolean isHandler(JavaCodeUnit method) {
        JavaClass owner = method.getOwner();
        return HANDLERS.contains(method.getName())
                && TYPES.stream().anyMatch(name -> ImportedSupertypes.isAssignableTo(owner, name))
                && !TYPES.contains(owner.getName());
    }
}
