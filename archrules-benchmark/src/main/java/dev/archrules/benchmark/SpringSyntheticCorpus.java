package dev.archrules.benchmark;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * A synthetic Spring Boot backend, the Spring flavour of {@link SyntheticCorpus}: generated and compiled at
 * benchmark time against the real Spring jars on the benchmark's class path (Spring Framework, Spring Data
 * Commons, Spring Boot, Jakarta Persistence), laid out like a Maven module.
 *
 * <p>One {@code @SpringBootApplication} class in {@code synth}, then units of ten classes in modules
 * {@code synth.m<i>} of ten units, each module split in {@code web}, {@code service}, {@code repository},
 * {@code domain}, {@code client} and {@code config}: a JPA {@code @Entity}, a Spring Data {@code CrudRepository}
 * interface, a {@code @Repository} class on {@code JdbcTemplate}, a {@code @Service}, a {@code @RestController},
 * a client interface and its {@code @Component} implementation on {@code RestClient} (even units) or
 * {@code RestTemplate} (odd units), a {@code @Configuration} that builds that HTTP client from a {@code @Value},
 * a DTO record and a mapper. Every fifth unit carries one seeded violation, rotating through the ten
 * {@link Seed}s (core and Spring rules), and the first services of the modules form one cycle (module i uses
 * module i+1, the last uses the first).
 */
final class SpringSyntheticCorpus {

    static final String BASE_PACKAGE = SyntheticCorpus.BASE_PACKAGE;
    private static final int UNIT = 10;
    private static final int UNITS_PER_MODULE = 10;
    private static final int SEED_EVERY = 5;

    /** One class of each jar the corpus is compiled against. */
    private static final List<String> API_CLASSES = List.of(
            "org.springframework.core.annotation.AliasFor",
            "org.springframework.beans.factory.annotation.Autowired",
            "org.springframework.stereotype.Service",
            "org.springframework.transaction.annotation.Transactional",
            "org.springframework.jdbc.core.JdbcTemplate",
            "org.springframework.web.bind.annotation.RestController",
            "org.springframework.data.repository.CrudRepository",
            "org.springframework.boot.SpringApplication",
            "org.springframework.boot.autoconfigure.SpringBootApplication",
            "jakarta.persistence.Entity");

    /** The seeded violations, one kind per seeded unit in this order, and the rules of the checklist each breaks. */
    enum Seed {
        /** A controller injected with a Spring Data repository and calling it. */
        CONTROLLER_USES_REPOSITORY,
        /** A service running SQL on a {@code JdbcTemplate}. */
        SERVICE_RUNS_SQL,
        /** A service creating a {@code RestTemplate} and calling a hard-coded URL with it. */
        SERVICE_CREATES_HTTP_CLIENT,
        /** An {@code @Autowired} field in a service. */
        FIELD_INJECTION,
        /** A service depending on a controller. */
        SERVICE_USES_CONTROLLER,
        /** One setting read with {@code @Value} by a service and by its controller, with different defaults. */
        SCATTERED_SETTING,
        /** {@code @Transactional} on a controller's handler. */
        TRANSACTIONAL_CONTROLLER,
        /** A handler returning the entity. */
        ENTITY_IN_WEB_API,
        /** A service calling its own {@code @Transactional} method. */
        SELF_INVOCATION,
        /** A service looking a bean up in the {@code ApplicationContext}. */
        BEAN_LOOKUP;

        /** The seed of {@code unit}, if it carries one. */
        static Seed of(int unit) {
            return unit % SEED_EVERY == 0 ? values()[(unit / SEED_EVERY) % values().length] : null;
        }
    }

    private final int units;

    private SpringSyntheticCorpus(int classes) {
        this.units = Math.max(1, classes / UNIT);
    }

    /** The corpus of about {@code classes} classes under {@code directory}, generated and compiled unless already there. */
    static Path prepare(Path directory, int classes) throws IOException {
        SpringSyntheticCorpus corpus = new SpringSyntheticCorpus(classes);
        return SyntheticCorpus.prepare(directory.resolve("spring-" + classes), apiJars(), sources -> {
            corpus.generate(sources);
            return corpus.seeded();
        });
    }

    /** The number of violations seeded: one per fifth unit, and the module cycle. */
    int seeded() {
        return (units + SEED_EVERY - 1) / SEED_EVERY + (modules() > 1 ? 1 : 0);
    }

    private int modules() {
        return (units + UNITS_PER_MODULE - 1) / UNITS_PER_MODULE;
    }

    private static List<Path> apiJars() {
        return API_CLASSES.stream().map(SpringSyntheticCorpus::jarOf).distinct().toList();
    }

    private static Path jarOf(String className) {
        try {
            Class<?> type = Class.forName(className, false, SpringSyntheticCorpus.class.getClassLoader());
            return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException(className + " is not on the benchmark's class path; the Spring corpus compiles against it", e);
        }
    }

    private void generate(Path sources) throws IOException {
        SyntheticCorpus.write(sources, BASE_PACKAGE, "SynthApplication", """
                @org.springframework.boot.autoconfigure.SpringBootApplication
                public class SynthApplication {
                    public static void main(String[] args) {
                        org.springframework.boot.SpringApplication.run(SynthApplication.class, args);
                    }
                }
                """);
        for (int unit = 0; unit < units; unit++) {
            unit(sources, unit);
        }
    }

    private void unit(Path sources, int unit) throws IOException {
        int module = unit / UNITS_PER_MODULE;
        String name = "Order" + unit;
        String pkg = BASE_PACKAGE + ".m" + module;
        Seed seed = Seed.of(unit);
        String nextService = module + 1 < modules() ? BASE_PACKAGE + ".m" + (module + 1) + ".service.Order" + ((module + 1) * UNITS_PER_MODULE) + "Service"
                : modules() > 1 ? BASE_PACKAGE + ".m0.service.Order0Service" : null;
        boolean linksModule = unit % UNITS_PER_MODULE == 0 && nextService != null;
        boolean restClient = unit % 2 == 0;

        SyntheticCorpus.write(sources, pkg + ".domain", name, """
                @jakarta.persistence.Entity
                public class %1$s {
                    @jakarta.persistence.Id
                    @jakarta.persistence.GeneratedValue
                    private Long id;
                    private String customer;
                    protected %1$s() { }
                    public %1$s(String customer) { this.customer = customer; }
                    public Long getId() { return id; }
                    public String getCustomer() { return customer; }
                }
                """.formatted(name));
        SyntheticCorpus.write(sources, pkg + ".repository", name + "Repository", """
                public interface %1$sRepository extends org.springframework.data.repository.CrudRepository<%2$s.domain.%1$s, Long> {
                    java.util.List<%2$s.domain.%1$s> findByCustomer(String customer);
                }
                """.formatted(name, pkg));
        SyntheticCorpus.write(sources, pkg + ".repository", name + "JdbcRepository", """
                @org.springframework.stereotype.Repository
                public class %1$sJdbcRepository {
                    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
                    public %1$sJdbcRepository(org.springframework.jdbc.core.JdbcTemplate jdbc) { this.jdbc = jdbc; }
                    public int countByCustomer(String customer) {
                        Integer count = jdbc.queryForObject("SELECT count(*) FROM orders_%2$d WHERE customer = ?", Integer.class, customer);
                        return count == null ? 0 : count;
                    }
                }
                """.formatted(name, unit));
        SyntheticCorpus.write(sources, pkg + ".service", name + "Dto", """
                public record %1$sDto(Long id, String customer) { }
                """.formatted(name));
        SyntheticCorpus.write(sources, pkg + ".service", name + "Mapper", """
                public final class %1$sMapper {
                    private %1$sMapper() { }
                    public static %1$sDto toDto(%2$s.domain.%1$s order) { return new %1$sDto(order.getId(), order.getCustomer()); }
                }
                """.formatted(name, pkg));
        SyntheticCorpus.write(sources, pkg + ".config", name + "Config", restClient ? """
                @org.springframework.context.annotation.Configuration
                public class %1$sConfig {
                    @org.springframework.context.annotation.Bean
                    public org.springframework.web.client.RestClient %2$sRestClient(@org.springframework.beans.factory.annotation.Value("${orders.%3$d.url}") String baseUrl) {
                        return org.springframework.web.client.RestClient.builder().baseUrl(baseUrl).build();
                    }
                }
                """.formatted(name, "order" + unit, unit) : """
                @org.springframework.context.annotation.Configuration
                public class %1$sConfig {
                    @org.springframework.context.annotation.Bean
                    public org.springframework.web.client.RestTemplate %2$sRestTemplate(@org.springframework.beans.factory.annotation.Value("${orders.%3$d.url}") String baseUrl) {
                        org.springframework.web.client.RestTemplate template = new org.springframework.web.client.RestTemplate();
                        template.setUriTemplateHandler(new org.springframework.web.util.DefaultUriBuilderFactory(baseUrl));
                        return template;
                    }
                }
                """.formatted(name, "order" + unit, unit));
        SyntheticCorpus.write(sources, pkg + ".client", name + "Client", """
                public interface %1$sClient {
                    String status(Long id);
                }
                """.formatted(name));
        SyntheticCorpus.write(sources, pkg + ".client", name + "HttpClient", restClient ? """
                @org.springframework.stereotype.Component
                public class %1$sHttpClient implements %1$sClient {
                    private final org.springframework.web.client.RestClient http;
                    public %1$sHttpClient(org.springframework.web.client.RestClient http) { this.http = http; }
                    @Override
                    public String status(Long id) {
                        return http.get().uri("/orders/{id}/status", id).retrieve().body(String.class);
                    }
                }
                """.formatted(name) : """
                @org.springframework.stereotype.Component
                public class %1$sHttpClient implements %1$sClient {
                    private final org.springframework.web.client.RestTemplate http;
                    public %1$sHttpClient(org.springframework.web.client.RestTemplate http) { this.http = http; }
                    @Override
                    public String status(Long id) {
                        return http.getForObject("/orders/{id}/status", String.class, id);
                    }
                }
                """.formatted(name));
        service(sources, pkg, name, seed, linksModule ? nextService : null);
        controller(sources, pkg, name, seed, unit);
    }

    private static void service(Path sources, String pkg, String name, Seed seed, String nextService) throws IOException {
        String repository = pkg + ".repository." + name + "Repository";
        String jdbcRepository = pkg + ".repository." + name + "JdbcRepository";
        String client = pkg + ".client." + name + "Client";
        StringBuilder fields = new StringBuilder();
        StringBuilder parameters = new StringBuilder(repository + " orders, " + client + " client");
        StringBuilder assignments = new StringBuilder("this.orders = orders; this.client = client;");
        StringBuilder methods = new StringBuilder();
        fields.append("    private final ").append(repository).append(" orders;\n");
        fields.append("    private final ").append(client).append(" client;\n");
        if (seed == Seed.FIELD_INJECTION) {
            fields.append("    @org.springframework.beans.factory.annotation.Autowired\n    private ").append(jdbcRepository).append(" counts;\n");
        } else {
            fields.append("    private final ").append(jdbcRepository).append(" counts;\n");
            parameters.append(", ").append(jdbcRepository).append(" counts");
            assignments.append(" this.counts = counts;");
        }
        if (seed != null) {
            switch (seed) {
                case SERVICE_RUNS_SQL -> {
                    fields.append("    private final org.springframework.jdbc.core.JdbcTemplate jdbc;\n");
                    parameters.append(", org.springframework.jdbc.core.JdbcTemplate jdbc");
                    assignments.append(" this.jdbc = jdbc;");
                    methods.append("""
                                public Integer countAll() {
                                    return jdbc.queryForObject("SELECT count(*) FROM orders", Integer.class);
                                }
                            """);
                }
                case SERVICE_CREATES_HTTP_CLIENT -> methods.append("""
                            public String charge(Long id) {
                                return new org.springframework.web.client.RestTemplate()
                                        .getForObject("https://payments.example.com/api/v1/charges/{id}", String.class, id);
                            }
                        """);
                case SERVICE_USES_CONTROLLER -> methods.append("""
                            public String route(%1$s.web.%2$sController controller) { return controller.toString(); }
                        """.formatted(pkg, name));
                case SCATTERED_SETTING -> {
                    fields.append("    private final int pageSize;\n");
                    parameters.append(", @org.springframework.beans.factory.annotation.Value(\"${orders.page-size:20}\") int pageSize");
                    assignments.append(" this.pageSize = pageSize;");
                    methods.append("""
                                public int pageSize() { return pageSize; }
                            """);
                }
                case ENTITY_IN_WEB_API -> methods.append("""
                            public %1$s.domain.%2$s entity(Long id) { return orders.findById(id).orElseThrow(); }
                        """.formatted(pkg, name));
                case SELF_INVOCATION -> methods.append("""
                            @org.springframework.transaction.annotation.Transactional
                            public void archive(Long id) { orders.deleteById(id); }
                            public void archiveQuietly(Long id) { archive(id); }
                        """);
                case BEAN_LOOKUP -> {
                    fields.append("    private final org.springframework.context.ApplicationContext context;\n");
                    parameters.append(", org.springframework.context.ApplicationContext context");
                    assignments.append(" this.context = context;");
                    methods.append("""
                                public int countVia(String customer) {
                                    return context.getBean(%1$s.class).countByCustomer(customer);
                                }
                            """.formatted(jdbcRepository));
                }
                default -> {
                }
            }
        }
        if (nextService != null) {
            methods.append("    public void notifyNext(").append(nextService).append(" next) { next.toString(); }\n");
        }
        SyntheticCorpus.write(sources, pkg + ".service", name + "Service", """
                @org.springframework.stereotype.Service
                public class %1$sService {
                %2$s
                    public %1$sService(%3$s) { %4$s }
                    @org.springframework.transaction.annotation.Transactional(readOnly = true)
                    public %1$sDto find(Long id) {
                        return orders.findById(id).map(%1$sMapper::toDto).orElseThrow();
                    }
                    @org.springframework.transaction.annotation.Transactional
                    public %1$sDto place(String customer) {
                        return %1$sMapper.toDto(orders.save(new %5$s.domain.%1$s(customer)));
                    }
                    public int count(String customer) { return counts.countByCustomer(customer); }
                    public String status(Long id) { return client.status(id); }
                %6$s}
                """.formatted(name, fields, parameters, assignments, pkg, methods));
    }

    private static void controller(Path sources, String pkg, String name, Seed seed, int unit) throws IOException {
        String service = pkg + ".service." + name + "Service";
        String repository = pkg + ".repository." + name + "Repository";
        StringBuilder fields = new StringBuilder("    private final " + service + " service;\n");
        StringBuilder parameters = new StringBuilder(service + " service");
        StringBuilder assignments = new StringBuilder("this.service = service;");
        StringBuilder handlers = new StringBuilder();
        String placeAnnotations = "    @org.springframework.web.bind.annotation.PostMapping\n";
        if (seed == Seed.CONTROLLER_USES_REPOSITORY) {
            fields.append("    private final ").append(repository).append(" orders;\n");
            parameters.append(", ").append(repository).append(" orders");
            assignments.append(" this.orders = orders;");
            handlers.append("""
                        @org.springframework.web.bind.annotation.GetMapping("/by-customer/{customer}")
                        public java.util.List<%1$s.service.%2$sDto> byCustomer(@org.springframework.web.bind.annotation.PathVariable String customer) {
                            return orders.findByCustomer(customer).stream().filter(order -> order.getId() != null).map(%1$s.service.%2$sMapper::toDto).toList();
                        }
                    """.formatted(pkg, name));
        } else if (seed == Seed.SCATTERED_SETTING) {
            fields.append("    private final int pageSize;\n");
            parameters.append(", @org.springframework.beans.factory.annotation.Value(\"${orders.page-size:50}\") int pageSize");
            assignments.append(" this.pageSize = pageSize;");
        } else if (seed == Seed.TRANSACTIONAL_CONTROLLER) {
            placeAnnotations += "    @org.springframework.transaction.annotation.Transactional\n";
        } else if (seed == Seed.ENTITY_IN_WEB_API) {
            handlers.append("""
                        @org.springframework.web.bind.annotation.GetMapping("/{id}/entity")
                        public %1$s.domain.%2$s entity(@org.springframework.web.bind.annotation.PathVariable Long id) { return service.entity(id); }
                    """.formatted(pkg, name));
        }
        SyntheticCorpus.write(sources, pkg + ".web", name + "Controller", """
                @org.springframework.web.bind.annotation.RestController
                @org.springframework.web.bind.annotation.RequestMapping("/orders/%5$d")
                public class %1$sController {
                %2$s
                    public %1$sController(%3$s) { %4$s }
                    @org.springframework.web.bind.annotation.GetMapping("/{id}")
                    public %6$s.service.%1$sDto get(@org.springframework.web.bind.annotation.PathVariable Long id) { return service.find(id); }
                %7$s    public %6$s.service.%1$sDto place(@org.springframework.web.bind.annotation.RequestBody %6$s.service.%1$sDto order) {
                        return service.place(order.customer());
                    }
                    @org.springframework.web.bind.annotation.GetMapping("/{id}/status")
                    public String status(@org.springframework.web.bind.annotation.PathVariable Long id) { return service.status(id); }
                %8$s}
                """.formatted(name, fields, parameters, assignments, unit, pkg, placeAnnotations, handlers));
    }
}
