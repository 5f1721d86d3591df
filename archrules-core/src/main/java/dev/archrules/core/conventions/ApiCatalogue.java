package dev.archrules.core.conventions;

import com.tngtech.archunit.core.domain.JavaClass;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A named set of library types, such as "data-access APIs" or "HTTP client APIs". Entries are fully
 * qualified type names ({@code org.springframework.jdbc.core.JdbcTemplate}) or whole packages written
 * ArchUnit-style with a trailing {@code ..} ({@code org.jooq..}). A type matches when its name is an
 * entry, it lies in a listed package, or one of its supertypes is an entry (a subclass of
 * {@code JdbcTemplate} is still a {@code JdbcTemplate}).
 *
 * <p>Types are matched by name so that no framework has to be on the class path of archrules itself.
 */
public final class ApiCatalogue {

    private final String description;
    private final Set<String> typeNames;
    private final Set<String> packages;

    private ApiCatalogue(String description, Set<String> typeNames, Set<String> packages) {
        this.description = description;
        this.typeNames = Set.copyOf(typeNames);
        this.packages = Set.copyOf(packages);
    }

    /** A catalogue from entries (type names, or packages ending in {@code ..}). */
    public static ApiCatalogue of(String description, String... entries) {
        return new ApiCatalogue(description, Set.of(), Set.of()).with(entries);
    }

    /**
     * The data-access APIs: JDBC ({@code java.sql}, {@code javax.sql.DataSource}), JPA
     * ({@code javax}/{@code jakarta.persistence} entity managers and queries), Spring JDBC
     * ({@code JdbcTemplate}, {@code NamedParameterJdbcTemplate}, {@code JdbcClient}, simple inserts and
     * calls), Hibernate {@code Session}, jOOQ {@code DSLContext}, MyBatis {@code SqlSession}, R2DBC
     * ({@code DatabaseClient}, connections), and the Spring Data templates for JDBC, R2DBC and MongoDB.
     */
    public static ApiCatalogue dataAccessApis() {
        return of("data-access APIs",
                "java.sql.Connection", "java.sql.Statement", "java.sql.PreparedStatement",
                "java.sql.CallableStatement", "java.sql.ResultSet", "java.sql.DriverManager",
                "javax.sql.DataSource",
                "jakarta.persistence.EntityManager", "jakarta.persistence.EntityManagerFactory",
                "jakarta.persistence.Query", "jakarta.persistence.TypedQuery",
                "jakarta.persistence.StoredProcedureQuery", "jakarta.persistence.criteria.CriteriaBuilder",
                "javax.persistence.EntityManager", "javax.persistence.EntityManagerFactory",
                "javax.persistence.Query", "javax.persistence.TypedQuery",
                "javax.persistence.StoredProcedureQuery", "javax.persistence.criteria.CriteriaBuilder",
                "org.springframework.jdbc.core.JdbcOperations", "org.springframework.jdbc.core.JdbcTemplate",
                "org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations",
                "org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate",
                "org.springframework.jdbc.core.simple.JdbcClient",
                "org.springframework.jdbc.core.simple.SimpleJdbcInsert",
                "org.springframework.jdbc.core.simple.SimpleJdbcCall",
                "org.springframework.data.jdbc.core.JdbcAggregateOperations",
                "org.hibernate.Session", "org.hibernate.SessionFactory", "org.hibernate.StatelessSession",
                "org.jooq.DSLContext",
                "org.apache.ibatis.session.SqlSession", "org.apache.ibatis.session.SqlSessionFactory",
                "org.mybatis.spring.SqlSessionTemplate",
                "org.springframework.r2dbc.core.DatabaseClient", "io.r2dbc.spi.Connection",
                "io.r2dbc.spi.ConnectionFactory", "org.springframework.data.r2dbc.core.R2dbcEntityOperations",
                "org.springframework.data.mongodb.core.MongoOperations",
                "org.springframework.data.mongodb.core.ReactiveMongoOperations");
    }

    /**
     * The HTTP client APIs: Spring {@code RestTemplate}/{@code RestClient}/{@code WebClient},
     * {@code java.net.http.HttpClient}, {@code HttpURLConnection}, OkHttp, Apache HttpClient 4 and 5,
     * the JAX-RS client API, Feign, Retrofit, and the Micronaut and Vert.x web clients.
     */
    public static ApiCatalogue httpClientApis() {
        return of("HTTP client APIs",
                "org.springframework.web.client.RestOperations", "org.springframework.web.client.RestTemplate",
                "org.springframework.web.client.RestClient",
                "org.springframework.web.reactive.function.client.WebClient",
                "java.net.http.HttpClient", "java.net.HttpURLConnection", "javax.net.ssl.HttpsURLConnection",
                "okhttp3.OkHttpClient", "okhttp3.Call",
                "org.apache.http.client.HttpClient", "org.apache.http.impl.client.HttpClients",
                "org.apache.http.impl.client.HttpClientBuilder",
                "org.apache.hc.client5.http.classic.HttpClient",
                "org.apache.hc.client5.http.impl.classic.HttpClients",
                "org.apache.hc.client5.http.impl.classic.HttpClientBuilder",
                "org.apache.hc.client5.http.async.HttpAsyncClient",
                "org.apache.hc.client5.http.impl.async.HttpAsyncClients",
                "org.apache.hc.client5.http.fluent.Request",
                "jakarta.ws.rs.client.Client", "jakarta.ws.rs.client.ClientBuilder", "jakarta.ws.rs.client.WebTarget",
                "javax.ws.rs.client.Client", "javax.ws.rs.client.ClientBuilder", "javax.ws.rs.client.WebTarget",
                "feign.Feign", "feign.Client", "retrofit2.Retrofit",
                "io.micronaut.http.client.HttpClient", "io.vertx.ext.web.client.WebClient");
    }

    /** A copy with more entries (type names, or packages ending in {@code ..}). */
    public ApiCatalogue with(String... entries) {
        Set<String> names = new TreeSet<>(typeNames);
        Set<String> pkgs = new TreeSet<>(packages);
        for (String entry : entries) {
            Objects.requireNonNull(entry, "entry");
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                throw new IllegalArgumentException("empty entry in " + description);
            }
            if (trimmed.endsWith("..")) {
                pkgs.add(trimmed.substring(0, trimmed.length() - 2));
            } else {
                names.add(trimmed);
            }
        }
        return new ApiCatalogue(description, names, pkgs);
    }

    /** A copy without the given type names or packages (to silence an entry that does not fit a code base). */
    public ApiCatalogue without(String... entries) {
        Set<String> names = new TreeSet<>(typeNames);
        Set<String> pkgs = new TreeSet<>(packages);
        Arrays.stream(entries).map(String::strip).forEach(entry -> {
            names.remove(entry);
            pkgs.remove(entry.endsWith("..") ? entry.substring(0, entry.length() - 2) : entry);
        });
        return new ApiCatalogue(description, names, pkgs);
    }

    /** What this catalogue holds, e.g. "data-access APIs". */
    public String description() {
        return description;
    }

    /** All entries, sorted, packages written with their trailing {@code ..}. */
    public Set<String> entries() {
        Set<String> all = new TreeSet<>(typeNames);
        packages.forEach(p -> all.add(p + ".."));
        return all;
    }

    /** Whether {@code type} is in this catalogue by name, package or supertype. */
    public boolean matches(JavaClass type) {
        if (matchesName(type.getName())) {
            return true;
        }
        if (type.getName().startsWith("java.lang.")) {
            return false;
        }
        return Stream.concat(type.getAllRawSuperclasses().stream(), type.getAllRawInterfaces().stream())
                .anyMatch(superType -> matchesName(superType.getName()));
    }

    boolean matchesName(String name) {
        if (typeNames.contains(name)) {
            return true;
        }
        for (String pkg : packages) {
            if (name.startsWith(pkg) && (name.length() == pkg.length() || name.charAt(pkg.length()) == '.')) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return description + " " + entries();
    }
}
