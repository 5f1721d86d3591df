package dev.archrules.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * URLs that {@code config.no-hardcoded-endpoints} accepts because they name something, not somewhere
 * to connect to. Entries are prefixes of {@code host/path} (scheme left out, lower case), e.g.
 * {@code www.w3.org/} or {@code docs.acme.com/}.
 *
 * <p>The {@linkplain #defaults() defaults} cover XML and JSON-schema namespace URIs (W3C, json-schema.org,
 * the JCP, Sun, OASIS, xmlsoap, PURL, Spring and Jakarta schema locations, SchemaStore JSON-schema ids). The RFC 5737 documentation
 * ranges ({@code 192.0.2.0/24}, {@code 198.51.100.0/24}, {@code 203.0.113.0/24}) are always accepted.
 * Instances are immutable.
 */
public final class EndpointAllowList {

    private static final List<String> DEFAULTS = List.of(
            "www.w3.org/", "w3.org/", "json-schema.org/", "xmlns.jcp.org/", "java.sun.com/xml/", "java.sun.com/jsp/",
            "schemas.xmlsoap.org/", "docs.oasis-open.org/", "purl.org/", "www.springframework.org/schema/",
            "jakarta.ee/xml/ns/", "xmlns.oracle.com/", "schemas.openxmlformats.org/", "ns.adobe.com/", "xml.org/", "www.xml.org/",
            "apache.org/xml/", "xml.apache.org/", "www.omg.org/spec/", "schemas.microsoft.com/", "openid.net/specs/",
            "json.schemastore.org/", "schemastore.azurewebsites.net/schemas/json/");

    private final List<String> prefixes;

    private EndpointAllowList(List<String> prefixes) {
        this.prefixes = List.copyOf(prefixes);
    }

    /** The namespace URIs listed above. */
    public static EndpointAllowList defaults() {
        return new EndpointAllowList(DEFAULTS);
    }

    /** Nothing but the RFC 5737 ranges. */
    public static EndpointAllowList none() {
        return new EndpointAllowList(List.of());
    }

    /** A copy that also accepts URLs whose {@code host/path} starts with one of these prefixes. */
    public EndpointAllowList with(String... hostAndPathPrefixes) {
        List<String> more = new ArrayList<>(prefixes);
        for (String prefix : hostAndPathPrefixes) {
            more.add(Objects.requireNonNull(prefix, "prefix").toLowerCase(Locale.ROOT));
        }
        return new EndpointAllowList(more);
    }

    /** The prefixes, defaults first. */
    public List<String> prefixes() {
        return prefixes;
    }

    /** Whether a URL with this host and path is accepted. */
    public boolean allows(String host, String path) {
        String lowerHost = host.toLowerCase(Locale.ROOT);
        if (isDocumentationAddress(lowerHost)) {
            return true;
        }
        String hostAndPath = lowerHost + path.toLowerCase(Locale.ROOT);
        for (String prefix : prefixes) {
            if (hostAndPath.startsWith(prefix) || (hostAndPath + "/").startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** RFC 5737: TEST-NET-1, TEST-NET-2 and TEST-NET-3. */
    static boolean isDocumentationAddress(String host) {
        return host.startsWith("192.0.2.") || host.startsWith("198.51.100.") || host.startsWith("203.0.113.");
    }

    @Override
    public String toString() {
        return "EndpointAllowList" + prefixes;
    }
}
