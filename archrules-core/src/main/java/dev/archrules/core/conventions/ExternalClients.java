package dev.archrules.core.conventions;

import com.tngtech.archunit.core.domain.JavaClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The external-client catalogue: vendor SDK clients of external services, by kind (cloud storage, other cloud
 * services, payment, mail, SMS and push notifications, search, gRPC stubs, LDAP directories, and a team's own). Each
 * kind is a {@link Term} of type names or packages ({@code com.stripe..}), matched like an {@link ApiCatalogue}: by
 * name, package or supertype. {@code integration.http-clients-in-client-adapters} keeps these clients, like the HTTP
 * client APIs, inside client adapters; its messages name the kind.
 *
 * <p>Extend a kind with {@link Conventions#withTerm(Term, String...)} (e.g. {@code withTerm(Term.PAYMENT_CLIENT_TYPES,
 * "com.acme.pay..")}), add types of no listed kind with {@link Conventions#withExternalClientTypes(String...)}, and
 * remove one with {@code withVocabulary(v -> v.without(term, name))}.
 */
public final class ExternalClients {

    /**
     * One kind of external client.
     *
     * @param term  its types
     * @param label how messages call a client of this kind, e.g. "cloud storage client"
     */
    public record Kind(Term term, String label) {
    }

    /** The kinds, in the order a type is matched against them (the first that matches names it). */
    public static final List<Kind> KINDS = List.of(
            new Kind(Term.CLOUD_STORAGE_CLIENT_TYPES, "cloud storage client"),
            new Kind(Term.PAYMENT_CLIENT_TYPES, "payment client"),
            new Kind(Term.MAIL_CLIENT_TYPES, "mail client"),
            new Kind(Term.NOTIFICATION_CLIENT_TYPES, "SMS or push notification client"),
            new Kind(Term.SEARCH_CLIENT_TYPES, "search client"),
            new Kind(Term.RPC_STUB_TYPES, "gRPC client stub"),
            new Kind(Term.DIRECTORY_CLIENT_TYPES, "LDAP client"),
            new Kind(Term.CLOUD_SERVICE_CLIENT_TYPES, "cloud service client"),
            new Kind(Term.EXTERNAL_CLIENT_TYPES, "external service client"));

    /**
     * A type found in the catalogue.
     *
     * @param kind  the label of its kind, e.g. "payment client"
     * @param entry the entry it matched: its own name, a listed supertype ({@code javax.naming.directory.DirContext} for an
     *              {@code InitialDirContext}), or a listed package written {@code com.stripe..} (one finding per package,
     *              not per model class)
     * @param type  the type itself
     */
    public record Match(String kind, String entry, String type) {

        /** Whether the type matched through a listed supertype (a generated gRPC stub, an SDK implementation class). */
        public boolean bySupertype() {
            return !entry.equals(type) && !entry.endsWith("..");
        }
    }

    private final List<ApiCatalogue> catalogues;

    private ExternalClients(List<ApiCatalogue> catalogues) {
        this.catalogues = List.copyOf(catalogues);
    }

    /** The catalogue of {@code vocabulary}: each kind's term as the vocabulary has it. */
    static ExternalClients of(Vocabulary vocabulary) {
        List<ApiCatalogue> catalogues = new ArrayList<>();
        for (Kind kind : KINDS) {
            catalogues.add(ApiCatalogue.of(kind.label(), vocabulary.names(kind.term()).toArray(String[]::new)));
        }
        return new ExternalClients(catalogues);
    }

    /** The kind of {@code type}, if it is an external client (a library type, or a subtype of one). */
    public Optional<Match> match(JavaClass type) {
        String name = type.getName();
        for (ApiCatalogue catalogue : catalogues) {
            if (catalogue.matches(type)) {
                Set<String> entries = catalogue.entries();
                String entry = entries.contains(name) ? name
                        : entries.stream().filter(e -> e.endsWith("..") && name.startsWith(e.substring(0, e.length() - 1))).findFirst()
                        .or(() -> Stream.concat(type.getAllRawSuperclasses().stream(), type.getAllRawInterfaces().stream())
                                .map(JavaClass::getName).filter(entries::contains).findFirst())
                        .orElse(name);
                return Optional.of(new Match(catalogue.description(), entry, name));
            }
        }
        return Optional.empty();
    }

    /** Every entry of every kind: library types the recommended import resolves fully (with their subtypes). */
    public Set<String> entries() {
        Set<String> all = new TreeSet<>();
        catalogues.forEach(catalogue -> all.addAll(catalogue.entries()));
        return all;
    }
}
