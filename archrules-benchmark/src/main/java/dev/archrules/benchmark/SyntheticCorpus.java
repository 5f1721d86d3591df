package dev.archrules.benchmark;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A synthetic backend generated and compiled at benchmark time (javax.tools, in-process), laid out like a
 * Maven module ({@code src/main/java} → {@code target/classes}) so that the source rules find its sources.
 *
 * <p>The code is organised in units of ten classes (an entity, its repository, service, controller, HTTP
 * client adapter, DTO, mapper, event, validator and policy) spread over modules {@code synth.m<i>} of ten
 * units, each module split in {@code web}, {@code service}, {@code repository} and {@code client} packages.
 * Every tenth unit carries one seeded violation, rotating through five kinds (a controller using a
 * repository, a service using JDBC, a service using an HTTP client, a hard-coded endpoint, a controller
 * instantiating its service), and the modules' services form one cycle (module i uses module i+1, the last
 * uses the first). Only the JDK is needed: roles come from the class-name suffixes.
 */
final class SyntheticCorpus {

    static final String BASE_PACKAGE = "synth";
    private static final int UNIT = 10;
    private static final int UNITS_PER_MODULE = 10;

    private final Path root;
    private final int units;

    private SyntheticCorpus(Path root, int classes) {
        this.root = root;
        this.units = Math.max(1, classes / UNIT);
    }

    /** The corpus of about {@code classes} classes under {@code directory}, generated and compiled unless already there. */
    static Path prepare(Path directory, int classes) throws IOException {
        SyntheticCorpus corpus = new SyntheticCorpus(directory.resolve("synthetic-" + classes), classes);
        return prepare(corpus.root, List.of(), sources -> {
            corpus.generate(sources);
            return corpus.seeded();
        });
    }

    /** Writes a corpus's sources into {@code src/main/java} and returns the number of violations it seeded. */
    interface Generator {
        int generate(Path sources) throws IOException;
    }

    /**
     * The classes folder of the corpus in {@code root}: generated into {@code root/src/main/java} and compiled
     * into {@code root/target/classes} against the JDK and {@code classPath}, unless a {@code compiled} marker
     * (which holds the number of seeded violations) says that this was done before.
     */
    static Path prepare(Path root, List<Path> classPath, Generator generator) throws IOException {
        Path output = root.resolve("target/classes");
        if (!Files.isRegularFile(root.resolve("compiled"))) {
            int seeded = generator.generate(root.resolve("src/main/java"));
            compile(root, output, classPath);
            Files.writeString(root.resolve("compiled"), seeded + " seeded violations\n");
        }
        return output;
    }

    /** The number of violations seeded: one per tenth unit, and the module cycle. */
    int seeded() {
        return (units + UNIT - 1) / UNIT + (modules() > 1 ? 1 : 0);
    }

    private int modules() {
        return (units + UNITS_PER_MODULE - 1) / UNITS_PER_MODULE;
    }

    private void generate(Path sources) throws IOException {
        for (int unit = 0; unit < units; unit++) {
            int module = unit / UNITS_PER_MODULE;
            String name = "Order" + unit;
            String pkg = BASE_PACKAGE + ".m" + module;
            int seed = unit % UNIT == 0 ? (unit / UNIT) % 5 : -1;
            String nextService = module + 1 < modules() ? BASE_PACKAGE + ".m" + (module + 1) + ".service.Order" + ((module + 1) * UNITS_PER_MODULE) + "Service"
                    : modules() > 1 ? BASE_PACKAGE + ".m0.service.Order0Service" : null;
            boolean linksModule = unit % UNITS_PER_MODULE == 0 && nextService != null;

            write(sources, pkg + ".repository", name, """
                    public class %1$s {
                        private final long id;
                        private final String customer;
                        public %1$s(long id, String customer) { this.id = id; this.customer = customer; }
                        public long id() { return id; }
                        public String customer() { return customer; }
                    }
                    """.formatted(name));
            write(sources, pkg + ".repository", name + "Repository", """
                    public class %1$sRepository {
                        private final javax.sql.DataSource dataSource;
                        public %1$sRepository(javax.sql.DataSource dataSource) { this.dataSource = dataSource; }
                        public %1$s find(long id) throws java.sql.SQLException {
                            try (java.sql.Connection connection = dataSource.getConnection();
                                 java.sql.PreparedStatement statement = connection.prepareStatement("SELECT id, customer FROM orders_%2$d WHERE id = ?")) {
                                statement.setLong(1, id);
                                try (java.sql.ResultSet rows = statement.executeQuery()) {
                                    return rows.next() ? new %1$s(rows.getLong(1), rows.getString(2)) : null;
                                }
                            }
                        }
                    }
                    """.formatted(name, unit));
            write(sources, pkg + ".service", name + "Dto", """
                    public record %1$sDto(long id, String customer) { }
                    """.formatted(name));
            write(sources, pkg + ".service", name + "Mapper", """
                    public final class %1$sMapper {
                        private %1$sMapper() { }
                        public static %1$sDto toDto(%2$s.repository.%1$s order) { return new %1$sDto(order.id(), order.customer()); }
                    }
                    """.formatted(name, pkg));
            write(sources, pkg + ".service", name + "Event", """
                    public record %1$sEvent(long id, java.time.Instant at) { }
                    """.formatted(name));
            write(sources, pkg + ".service", name + "Validator", """
                    public class %1$sValidator {
                        public boolean valid(%1$sDto dto) { return dto.id() > 0 && dto.customer() != null && !dto.customer().isBlank(); }
                    }
                    """.formatted(name));
            write(sources, pkg + ".service", name + "Policy", """
                    public class %1$sPolicy {
                        public int discount(%1$sDto dto) { return dto.customer().length() %% 3 == 0 ? 10 : 0; }
                    }
                    """.formatted(name));
            String serviceExtras = switch (seed) {
                case 1 -> """
                            public int countDirectly(javax.sql.DataSource dataSource) throws java.sql.SQLException {
                                try (java.sql.Connection connection = dataSource.getConnection()) {
                                    return connection.createStatement().executeQuery("SELECT count(*) FROM orders").getInt(1);
                                }
                            }
                        """;
                case 2 -> """
                            public String fetch(java.net.URI uri) throws Exception {
                                return java.net.http.HttpClient.newHttpClient()
                                        .send(java.net.http.HttpRequest.newBuilder(uri).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
                            }
                        """;
                case 3 -> """
                            public String paymentsUrl() { return "https://payments.example.com/api/v1/charges"; }
                        """;
                default -> "";
            };
            String link = linksModule ? "    public void notifyNext(" + nextService + " next) { next.toString(); }\n" : "";
            write(sources, pkg + ".service", name + "Service", """
                    public class %1$sService {
                        private final %2$s.repository.%1$sRepository repository;
                        private final %1$sValidator validator = new %1$sValidator();
                        private final %1$sPolicy policy = new %1$sPolicy();
                        public %1$sService(%2$s.repository.%1$sRepository repository) { this.repository = repository; }
                        public %1$sDto find(long id) throws java.sql.SQLException {
                            %1$sDto dto = %1$sMapper.toDto(repository.find(id));
                            if (!validator.valid(dto)) { throw new IllegalStateException("invalid order " + id); }
                            return dto;
                        }
                        public int discount(long id) throws java.sql.SQLException { return policy.discount(find(id)); }
                        public %1$sEvent placed(long id) { return new %1$sEvent(id, java.time.Instant.now()); }
                    %3$s%4$s}
                    """.formatted(name, pkg, serviceExtras, link));
            String controllerField = seed == 0 ? "    private final " + pkg + ".repository." + name + "Repository repository;\n" : "";
            String controllerInit = seed == 0 ? " this.repository = repository;" : "";
            String controllerParam = seed == 0 ? ", " + pkg + ".repository." + name + "Repository repository" : "";
            String controllerExtras = switch (seed) {
                case 0 -> "    public Object raw(long id) throws java.sql.SQLException { return java.util.Optional.ofNullable(repository.find(id))"
                        + ".filter(order -> !order.customer().isBlank()).orElse(null); }\n";
                case 4 -> "    public Object fresh(long id) throws java.sql.SQLException { return new " + pkg + ".service." + name
                        + "Service(null).find(id); }\n";
                default -> "";
            };
            write(sources, pkg + ".web", name + "Controller", """
                    public class %1$sController {
                        private final %2$s.service.%1$sService service;
                    %3$s    public %1$sController(%2$s.service.%1$sService service%4$s) { this.service = service;%5$s }
                        public %2$s.service.%1$sDto get(long id) throws java.sql.SQLException { return service.find(id); }
                        public int discount(long id) throws java.sql.SQLException { return service.discount(id); }
                        public %2$s.service.%1$sEvent place(long id) { return service.placed(id); }
                    %6$s}
                    """.formatted(name, pkg, controllerField, controllerParam, controllerInit, controllerExtras));
            write(sources, pkg + ".client", name + "Client", """
                    public class %1$sClient {
                        private final java.net.http.HttpClient http;
                        private final java.net.URI base;
                        public %1$sClient(java.net.http.HttpClient http, java.net.URI base) { this.http = http; this.base = base; }
                        public String status(long id) throws Exception {
                            return http.send(java.net.http.HttpRequest.newBuilder(base.resolve("orders/" + id)).build(),
                                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
                        }
                    }
                    """.formatted(name));
        }
    }

    static void write(Path sources, String pkg, String simpleName, String body) throws IOException {
        Path file = sources.resolve(pkg.replace('.', '/')).resolve(simpleName + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "package " + pkg + ";\n\n" + body, StandardCharsets.UTF_8);
    }

    private static void compile(Path root, Path output, List<Path> classPath) throws IOException {
        Files.createDirectories(output);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root.resolve("src/main/java"))) {
            files = walk.filter(path -> path.toString().endsWith(".java")).toList();
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(files);
            List<String> options = new ArrayList<>(List.of("-d", output.toString(), "-g", "-proc:none", "-nowarn", "--release", "17"));
            if (!classPath.isEmpty()) {
                options.addAll(List.of("-classpath", String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList())));
            }
            StringWriter errors = new StringWriter();
            if (!compiler.getTask(errors, fileManager, null, options, null, units).call()) {
                String report = errors.toString();
                throw new UncheckedIOException(new IOException("the synthetic corpus did not compile: " + root + "\n"
                        + report.substring(0, Math.min(4000, report.length()))));
            }
        }
    }
}
