package dev.archrules.core.rules.complexity;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import dev.archrules.core.conventions.Annotations;
import dev.archrules.core.conventions.Term;
import dev.archrules.core.engine.GeneratedCode;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.PerClassRule;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Severity;
import dev.archrules.core.model.SourceLocation;
import dev.archrules.core.model.Violation;
import dev.archrules.core.recognize.CallSites;
import dev.archrules.core.recognize.EndpointRecognizer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code complexity.single-datasource} (R1): a code base that declares more than one data store — beans of
 * {@code DataSource}, JPA {@code EntityManagerFactory}, Hibernate {@code SessionFactory}, R2DBC {@code ConnectionFactory},
 * {@code MongoClient} or {@code MongoDatabaseFactory} made by {@code @Bean}/{@code @Produces} methods, or bean classes
 * implementing one ({@link Term#DATA_STORE_TYPES}) — is asked whether the data could live together. Several databases
 * mean several transactions, no joins, and data kept consistent by hand. A warning: some code bases need them.
 *
 * <p>One store is counted per connection, not per layer: an {@code EntityManagerFactory} on a {@code DataSource} is one
 * store (a family counts the larger of its connections and its factories on top). Read replicas are part of their
 * primary's store: a producer named like one ({@link Term#REPLICA_NAME_WORDS}: {@code replicaDataSource},
 * {@code @Qualifier("readOnly")}), or any data source when the code base routes between them
 * ({@link Term#ROUTING_DATA_SOURCE_TYPES}: an {@code AbstractRoutingDataSource}, a {@code LazyConnectionDataSourceProxy},
 * or a data source producer that takes other data sources), so a primary with replicas behind a router is one store.
 * A data source only for schema migrations ({@link Term#MIGRATION_DATA_SOURCE_ANNOTATIONS}) is none, and so is an
 * embedded database — built with {@code EmbeddedDatabaseBuilder}, or opened on in-process or file URLs only
 * ({@code jdbc:h2:file:…}, {@code jdbc:h2:mem:…}): a node-local buffer or cache, nothing to share
 * ({@link #opensEmbeddedDatabase}; fixtures {@code datastores.embedded}, and {@code datastores.networked}, an H2 server,
 * reported).
 *
 * <p>One finding per code base, at the first producer, keyed {@code data-stores: } and the producers
 * ({@code com.acme.config.DbConfig#ordersDataSource, com.acme.config.DbConfig#reportingDataSource}); it lists each store
 * with the modules that use it: the producer's module and those of classes injecting it by its bean name
 * ({@code @Qualifier}, {@code @Named}). Stores the framework configures itself (Spring Boot's auto-configured data
 * source) are not seen: the rule counts what the code declares.
 */
public final class SingleDatasource extends PerClassRule {

    public static final String ID = "complexity.single-datasource";

    private final Map<String, Producer> producers = new TreeMap<>();
    private final Map<String, Set<String>> usersByBeanName = new TreeMap<>();

    public SingleDatasource() {
        super(new RuleInfo(ID, ChecklistItem.R1,
                "a code base should keep its data in one store unless the data cannot live together",
                "several databases for data that could live together cost distributed transactions, lost joins and data kept consistent by hand",
                "keep the data in one database (separate schemas if modules must own their tables); keep a second store only where it is a different kind of store or must be separate",
                Severity.WARNING));
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return DescribedPredicate.describe("classes declaring data stores", javaClass -> true);
    }

    @Override
    protected void prepare(Collection<JavaClass> classes, RuleContext context) {
        producers.clear();
        usersByBeanName.clear();
        for (JavaClass javaClass : classes) {
            producersOf(javaClass, context).forEach(producer -> producers.put(producer.id(), producer));
            injectionQualifiers(javaClass, context).forEach(name -> context.modules().moduleOf(javaClass)
                    .ifPresent(module -> usersByBeanName.computeIfAbsent(name, n -> new TreeSet<>()).add(module)));
        }
    }

    @Override
    protected void finish(RuleContext context) {
        producers.clear();
        usersByBeanName.clear();
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        List<Producer> stores = stores();
        if (stores.size() < 2) {
            return;
        }
        Producer first = producers.values().stream().filter(this::counts)
                .min(Comparator.comparing(Producer::id)).orElseThrow();
        if (!first.className().equals(javaClass.getName())) {
            return;
        }
        List<String> described = new ArrayList<>();
        for (Producer store : stores) {
            Set<String> modules = new TreeSet<>(store.module().stream().toList());
            modules.addAll(usersByBeanName.getOrDefault(store.beanName(), Set.of()));
            described.add(store.type() + " <" + store.id() + "> " + store.location()
                    + (modules.isEmpty() ? "" : " used by " + String.join(", ", modules)));
        }
        violations.accept(newViolation(
                "data-stores: " + String.join(", ", stores.stream().map(Producer::id).toList()),
                "The code base declares " + stores.size() + " data stores: " + String.join("; ", described),
                first.location(),
                "check whether the data of " + String.join(" and ", stores.stream().map(Producer::beanName).toList())
                        + " could live in one database; route read replicas through one routing data source"));
    }

    /** One producer per store: per family the connections or the factories on top, whichever are more, routed data sources one. */
    private List<Producer> stores() {
        Map<String, List<Producer>> byFamily = new TreeMap<>();
        producers.values().stream().filter(this::counts)
                .forEach(producer -> byFamily.computeIfAbsent(producer.family(), f -> new ArrayList<>()).add(producer));
        List<Producer> stores = new ArrayList<>();
        byFamily.forEach((family, members) -> {
            List<Producer> routers = members.stream().filter(Producer::routing).toList();
            List<Producer> connections = members.stream().filter(Producer::connection).toList();
            List<Producer> factories = members.stream().filter(producer -> !producer.connection()).toList();
            List<Producer> counted = !routers.isEmpty() ? routers
                    : connections.size() >= factories.size() ? connections : factories;
            stores.addAll(counted);
        });
        stores.sort(Comparator.comparing(Producer::id));
        return stores;
    }

    private List<Producer> producersOf(JavaClass javaClass, RuleContext context) {
        List<Producer> found = new ArrayList<>();
        for (JavaMethod method : javaClass.getMethods()) {
            if (GeneratedCode.isSynthetic(method) || !context.conventions().isBeanFactoryMethod(method)) {
                continue;
            }
            storeType(method.getRawReturnType(), context).ifPresent(type -> {
                boolean wrapsOthers = method.getParameters().stream()
                        .anyMatch(parameter -> storeType(parameter.getRawType(), context).filter(type::sameFamily).isPresent());
                String beanName = beanName(method);
                List<String> onStores = method.getParameters().stream()
                        .filter(parameter -> storeType(parameter.getRawType(), context).isPresent())
                        .flatMap(parameter -> qualifiers(parameter).stream()).toList();
                found.add(new Producer(javaClass.getName() + "#" + method.getName(), javaClass.getName(), beanName,
                        type.family(), method.getRawReturnType().getSimpleName(), type.connection(),
                        type.connection() && (wrapsOthers || isRouting(method.getRawReturnType(), context)),
                        isReplica(beanName, method, context)
                                || Annotations.hasAny(method, context.conventions().names(Term.MIGRATION_DATA_SOURCE_ANNOTATIONS)),
                        type.connection() && opensEmbeddedDatabase(method), onStores, context.modules().moduleOf(javaClass), Locations.of(method)));
            });
        }
        if (!javaClass.isInterface() && !javaClass.getModifiers().contains(JavaModifier.ABSTRACT) && context.conventions().isBean(javaClass)) {
            storeType(javaClass, context).ifPresent(type -> {
                String beanName = Character.toLowerCase(javaClass.getSimpleName().charAt(0)) + javaClass.getSimpleName().substring(1);
                found.add(new Producer(javaClass.getName(), javaClass.getName(), beanName, type.family(), javaClass.getSimpleName(),
                        type.connection(), type.connection() && isRouting(javaClass, context),
                        isReplica(beanName, javaClass, context), false, List.of(), context.modules().moduleOf(javaClass), Locations.of(javaClass)));
            });
        }
        return found;
    }

    private record StoreType(String family, String typeName, boolean connection) {
        boolean sameFamily(StoreType other) {
            return other.family.equals(family);
        }
    }

    /** The store type {@code type} is (or implements), the most specific entry first. */
    private static Optional<StoreType> storeType(JavaClass type, RuleContext context) {
        if (type.isPrimitive() || type.getName().equals("void") || type.getName().equals("java.lang.Object")) {
            return Optional.empty();
        }
        Map<String, String> byType = new LinkedHashMap<>();
        for (String entry : context.conventions().names(Term.DATA_STORE_TYPES)) {
            int colon = entry.indexOf(':');
            byType.put(entry.substring(colon + 1), entry.substring(0, colon));
        }
        Optional<StoreType> connection = Optional.empty();
        Optional<StoreType> factory = Optional.empty();
        for (Map.Entry<String, String> entry : byType.entrySet()) {
            if (context.isAssignableTo(type, entry.getKey())) {
                boolean isConnection = CONNECTION_TYPES.contains(entry.getKey());
                StoreType storeType = new StoreType(entry.getValue(), entry.getKey(), isConnection);
                if (isConnection) {
                    connection = Optional.of(storeType);
                } else {
                    factory = Optional.of(storeType);
                }
            }
        }
        // a factory type that is also a connection (a MongoDatabaseFactory implementing nothing else) counts as the factory
        return factory.isPresent() ? factory : connection;
    }

    /** The types of the first layer of each family: a connection to the store; the other entries are factories on top. */
    private static final Set<String> CONNECTION_TYPES = Set.of("javax.sql.DataSource", "io.r2dbc.spi.ConnectionFactory",
            "com.mongodb.client.MongoClient", "com.mongodb.reactivestreams.client.MongoClient", "com.mongodb.MongoClient");

    private static boolean isRouting(JavaClass type, RuleContext context) {
        return context.conventions().names(Term.ROUTING_DATA_SOURCE_TYPES).stream().anyMatch(name -> context.isAssignableTo(type, name));
    }

    private static boolean isReplica(String beanName, HasAnnotations<?> element, RuleContext context) {
        Stream<String> names = Stream.concat(Stream.of(beanName), qualifiers(element).stream());
        Set<String> words = context.conventions().names(Term.REPLICA_NAME_WORDS);
        return names.map(name -> name.toLowerCase(Locale.ROOT)).anyMatch(name -> words.stream().anyMatch(name::contains));
    }

    /** The bean name of a producer method: the first {@code name}/{@code value} of its bean annotation, else the method name. */
    private static String beanName(JavaMethod method) {
        for (JavaAnnotation<?> annotation : method.getAnnotations()) {
            for (String attribute : List.of("name", "value")) {
                Optional<Object> value = annotation.get(attribute);
                if (value.isPresent() && value.get() instanceof String[] names && names.length > 0 && !names[0].isBlank()
                        && annotation.getRawType().getSimpleName().equals("Bean")) {
                    return names[0];
                }
            }
        }
        List<String> qualifiers = qualifiers(method);
        return qualifiers.isEmpty() ? method.getName() : qualifiers.get(0);
    }

    /** The values of qualifier annotations ({@code @Qualifier("x")}, {@code @Named("x")}) on an element. */
    private static List<String> qualifiers(HasAnnotations<?> element) {
        List<String> names = new ArrayList<>();
        for (JavaAnnotation<?> annotation : element.getAnnotations()) {
            String simple = annotation.getRawType().getSimpleName();
            if (simple.equals("Qualifier") || simple.equals("Named")) {
                annotation.get("value").map(Object::toString).filter(value -> !value.isBlank()).ifPresent(names::add);
            }
        }
        return names;
    }

    /** The qualifiers of the store-typed injection points of a class: constructor, method and {@code @Bean} parameters, fields. */
    private static Set<String> injectionQualifiers(JavaClass javaClass, RuleContext context) {
        Set<String> names = new TreeSet<>();
        for (JavaCodeUnit codeUnit : javaClass.getCodeUnits()) {
            for (JavaParameter parameter : codeUnit.getParameters()) {
                if (storeType(parameter.getRawType(), context).isPresent()) {
                    names.addAll(qualifiers(parameter));
                }
            }
        }
        for (JavaField field : javaClass.getFields()) {
            if (storeType(field.getRawType(), context).isPresent()) {
                names.addAll(qualifiers(field));
            }
        }
        return names;
    }

    /**
     * A producer of a store.
     *
     * @param connection whether it makes a connection ({@code DataSource}, {@code MongoClient}, …) rather than a factory on one
     * @param routing    whether it routes between or wraps other data sources
     * @param replica    whether it is a read replica (or a migration-only connection): part of another store
     * @param embedded   whether it opens an in-process or file database ({@link #opensEmbeddedDatabase}): no store to share
     * @param onStores   the bean names of the stores its parameters name by qualifier ({@code @Qualifier("localDataSource")})
     */
    private record Producer(String id, String className, String beanName, String family, String type, boolean connection,
                            boolean routing, boolean replica, boolean embedded, List<String> onStores, Optional<String> module,
                            SourceLocation location) {
    }

    /**
     * Whether a producer is a store of its own: not a replica or migration-only connection, not an embedded database, and
     * not a factory made only on embedded databases it names by qualifier (the entity manager factory of a node-local
     * buffer is that buffer).
     */
    private boolean counts(Producer producer) {
        if (producer.replica() || producer.embedded()) {
            return false;
        }
        return producer.onStores().isEmpty() || !producer.onStores().stream().allMatch(name -> producers.values().stream()
                .anyMatch(other -> other.embedded() && other.beanName().equals(name)));
    }

    /**
     * Whether a producer method opens an embedded database: it builds one with Spring's
     * {@code EmbeddedDatabaseBuilder}, or the database URLs among its string literals all name an
     * in-process or file database ({@code jdbc:h2:file:%s/buffer}, {@code jdbc:h2:mem:cache}, {@code jdbc:hsqldb:file:…},
     * {@code jdbc:sqlite:…}; {@link EndpointRecognizer#namesInProcessDatabase}). Such a store lives in the process or
     * the node's own directory — a local buffer, a cache, a standalone mode's store — and holds nothing another service
     * or node could share: not a second database for data that could live with the first. A URL naming a server
     * ({@code jdbc:h2:tcp://reports/…}) is a database of its own, and so is a data source whose URL comes from
     * configuration (no literal to read).
     */
    private static boolean opensEmbeddedDatabase(JavaMethod method) {
        if (method.getConstructorCallsFromSelf().stream().anyMatch(call -> call.getTargetOwner().getName().equals(EMBEDDED_DATABASE_BUILDER))) {
            return true;
        }
        List<String> literals = CallSites.stringLiterals(method).stream().filter(value -> DATABASE_URL.matcher(value).find()).toList();
        return !literals.isEmpty() && literals.stream().allMatch(EndpointRecognizer::namesInProcessDatabase);
    }

    private static final String EMBEDDED_DATABASE_BUILDER = "org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder";

    private static final Pattern DATABASE_URL = Pattern.compile("(?i)\\b(?:jdbc|r2dbc):[a-z0-9]+:");
}
