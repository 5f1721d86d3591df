package dev.archrules.spring.rules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaGenericArrayType;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaWildcardType;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Violation;
import dev.archrules.core.engine.PerClassRule;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.internal.types.ImportedSupertypes;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code spring.no-entities-in-web-api} (C2, C4): handler methods neither accept nor return persistent
 * entities, also not inside generic types such as {@code ResponseEntity<Order>}, {@code List<Order>},
 * {@code Optional<Order>}, {@code Page<Order>} or {@code Map<String, Order[]>}. An entity in the web
 * API couples the public contract to the database schema (a new column is a new JSON field, a lazy
 * association fails during rendering), and an entity bound from a request body invites mass assignment.
 *
 * <p>An assembler parameter ({@code PagedResourcesAssembler<Order>}, a {@code RepresentationModelAssembler}) is a helper
 * Spring MVC injects to turn entities into models, not data the client sends: its type argument is not reported (what the
 * handler returns still is).
 *
 * <p>One violation per handler method and entity type, keyed {@code com.acme.web.OrderController#get -> com.acme.orders.Order}.
 */
final class NoEntitiesInWebApi extends PerClassRule {

    static final String ID = "spring.no-entities-in-web-api";

    NoEntitiesInWebApi() {
        super(new RuleInfo(ID, ChecklistItem.C2,
                "handler methods should neither accept nor return persistent entities",
                "an entity in the web API ties the public contract to the database schema and lets clients write any column",
                "map the entity to a request or response record (DTO) in the service or controller"));
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return context.roles().classesWithRole(Role.CONTROLLER);
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        javaClass.getMethods().stream()
                .filter(context.conventions()::isEndpoint)
                .sorted(Comparator.comparing(JavaMethod::getFullName))
                .forEach(method -> {
                    Map<String, String> entities = new LinkedHashMap<>();
                    collectEntities(method.getReturnType(), context, entities, "returns");
                    for (JavaParameter parameter : method.getParameters()) {
                        if (!isAssembler(parameter.getRawType())) {
                            collectEntities(parameter.getType(), context, entities, "accepts");
                        }
                    }
                    entities.forEach((entity, how) -> violations.accept(newViolation(
                            stableName(javaClass) + "#" + method.getName() + " -> " + entity,
                            "Handler method <" + method.getFullName() + "> " + how + " entity <" + entity + ">",
                            locationOf(method),
                            "let " + method.getName() + "(…) " + (how.startsWith("returns") ? "return" : "accept")
                                    + " a record with the fields the API needs instead of " + simpleName(entity))));
                });
    }

    /** Spring HATEOAS's assemblers, which Spring MVC hands to a handler as an argument: they turn entities into models. */
    private static final Set<String> ASSEMBLERS = Set.of("org.springframework.data.web.PagedResourcesAssembler",
            "org.springframework.hateoas.server.RepresentationModelAssembler",
            "org.springframework.hateoas.server.SimpleRepresentationModelAssembler");

    /**
     * Whether a handler parameter of type {@code type} is an assembler ({@code PagedResourcesAssembler<Order>}): a helper
     * the framework injects to build the answer's models from entities, not data the client sends — its type argument is
     * not accepted from the request.
     */
    private static boolean isAssembler(JavaClass type) {
        return ASSEMBLERS.contains(type.getName()) || ASSEMBLERS.stream().anyMatch(name -> ImportedSupertypes.isAssignableTo(type, name));
    }

    /** Walks a (generic) type: the raw class, type arguments, wildcard bounds and array components. */
    private static void collectEntities(JavaType type, RuleContext context, Map<String, String> entities, String how) {
        if (type instanceof JavaParameterizedType parameterized) {
            collectEntities(parameterized.toErasure(), context, entities, how);
            String inside = how.endsWith(" (inside a generic type)") ? how : how + " (inside a generic type)";
            parameterized.getActualTypeArguments().forEach(argument -> collectEntities(argument, context, entities, inside));
        } else if (type instanceof JavaWildcardType wildcard) {
            wildcard.getUpperBounds().forEach(bound -> collectEntities(bound, context, entities, how));
            wildcard.getLowerBounds().forEach(bound -> collectEntities(bound, context, entities, how));
        } else if (type instanceof JavaGenericArrayType array) {
            collectEntities(array.getComponentType(), context, entities, how);
        } else if (type instanceof JavaClass javaClass) {
            JavaClass element = javaClass.isArray() ? javaClass.getBaseComponentType() : javaClass;
            if (context.hasRole(element, Role.ENTITY)) {
                entities.putIfAbsent(element.getName(), how);
            }
        }
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
