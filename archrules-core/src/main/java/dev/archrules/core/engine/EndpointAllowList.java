package dev.archrules.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * URLs that {@code config.no-hardcoded-endpoints} accepts because they name something, not somewhere
 * to connect to, or somewhere that is the same for every deployment. Entries are prefixes of
 * {@code host/path} (scheme left out, lower case), e.g. {@code www.w3.org/} or {@code docs.acme.com/}; an
 * entry {@code *.acme.com/} accepts {@code acme.com} and every host under it.
 *
 * <p>The {@linkplain #defaults() defaults} cover XML and JSON-schema namespace URIs (W3C, json-schema.org,
 * the JCP, Sun, OASIS, xmlsoap, PURL, Spring and Jakarta schema locations, SchemaStore JSON-schema ids), the
 * code-system and canonical-resource URIs of health-care terminologies (HL7 FHIR {@code http://hl7.org/fhir/…} and
 * {@code terminology.hl7.org}, LOINC, SNOMED CT, UMLS/RxNorm, UCUM, RadLex: the identifier of a code system, value set
 * or profile, not an address — a terminology server such as {@code fhir.loinc.org} stays reported) and
 * the {@linkplain #PUBLIC_PLATFORMS public platform endpoints}: the sign-in and API hosts of the large
 * public identity platforms, the open APIs of the enterprise messaging platforms and the cloud metadata services,
 * which are fixed by the vendor and the same in
 * every environment, so configuration has nothing to choose. The RFC 5737 documentation ranges
 * ({@code 192.0.2.0/24}, {@code 198.51.100.0/24}, {@code 203.0.113.0/24}) are always accepted. Instances
 * are immutable.
 */
public final class EndpointAllowList {

    private static final List<String> DEFAULTS = List.of(
            "www.w3.org/", "w3.org/", "json-schema.org/", "xmlns.jcp.org/", "java.sun.com/xml/", "java.sun.com/jsp/",
            "schemas.xmlsoap.org/", "docs.oasis-open.org/", "purl.org/", "www.springframework.org/schema/",
            "jakarta.ee/xml/ns/", "xmlns.oracle.com/", "schemas.openxmlformats.org/", "ns.adobe.com/", "xml.org/", "www.xml.org/",
            "apache.org/xml/", "xml.apache.org/", "www.omg.org/spec/", "schemas.microsoft.com/", "openid.net/specs/",
            "json.schemastore.org/", "schemastore.azurewebsites.net/schemas/json/",
            // code-system and canonical-resource URIs of health-care terminologies: identifiers a standard fixes
            "hl7.org/fhir/", "terminology.hl7.org/", "loinc.org/", "snomed.info/", "www.nlm.nih.gov/research/umls/",
            "unitsofmeasure.org/", "www.radlex.org/", "radlex.org/");
    /**
     * Public platform endpoints, the same for every deployment: the sign-in (OAuth 2.0 / OpenID Connect) and
     * profile API hosts of the large public identity platforms, the open-API hosts of the enterprise messaging
     * platforms (DingTalk, Feishu, WeCom, WeChat: one host each, no sandbox or region; only the hosts, so that
     * WeChat Pay's {@code api.mch.weixin.qq.com} stays reported), and the cloud instance-metadata services.
     */
    static final List<String> PUBLIC_PLATFORMS = List.of(
            "*.google.com/", "*.googleapis.com/", "*.facebook.com/", "*.instagram.com/", "*.github.com/", "*.gitlab.com/",
            "*.bitbucket.org/", "*.microsoftonline.com/", "graph.microsoft.com/", "login.live.com/", "*.linkedin.com/",
            "*.paypal.com/", "*.stackexchange.com/", "*.twitter.com/", "appleid.apple.com/",
            "oapi.dingtalk.com/", "api.dingtalk.com/", "open.feishu.cn/", "qyapi.weixin.qq.com/", "api.weixin.qq.com/",
            "metadata.google.internal/", "169.254.169.254/", "169.254.170.2/", "metadata.azure.com/");

    private final List<String> prefixes;

    private EndpointAllowList(List<String> prefixes) {
        this.prefixes = List.copyOf(prefixes);
    }

    /** The namespace URIs and public platform endpoints listed above. */
    public static EndpointAllowList defaults() {
        List<String> defaults = new ArrayList<>(DEFAULTS);
        defaults.addAll(PUBLIC_PLATFORMS);
        return new EndpointAllowList(defaults);
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
            if (prefix.startsWith("*.")) {
                int slash = prefix.indexOf('/');
                String domain = slash < 0 ? prefix.substring(2) : prefix.substring(2, slash);
                String pathPrefix = slash < 0 ? "" : prefix.substring(slash);
                boolean underDomain = lowerHost.equals(domain) || lowerHost.endsWith("." + domain);
                String lowerPath = path.toLowerCase(Locale.ROOT);
                if (underDomain && (lowerPath.startsWith(pathPrefix) || (lowerPath + "/").startsWith(pathPrefix))) {
                    return true;
                }
            } else if (hostAndPath.startsWith(prefix) || (hostAndPath + "/").startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code host} (lower case) is an address reserved for documentation by RFC 5737 (TEST-NET-1, -2 and -3). */
    public static boolean isDocumentationAddress(String host) {
        return host.startsWith("192.0.2.") || host.startsWith("198.51.100.") || host.startsWith("203.0.113.");
    }

    @Override
    public String toString() {
        return "EndpointAllowList" + prefixes;
    }
}
