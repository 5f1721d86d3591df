package dev.archrules.core.recognize;

import dev.archrules.core.engine.EndpointAllowList;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an endpoint in a text: a URL with a network scheme, a {@code jdbc:}/{@code r2dbc:} URL, or a
 * text that is exactly a {@code host:port} or an IPv4 address. Not endpoints: URLs without a host
 * ({@code "https://" + host}) or whose host is completed at run time ({@code "https://www." + domain}),
 * loopback addresses without a port ({@code 127.0.0.1}, {@code https://localhost/auth}: this machine, a
 * placeholder or a base for resolving relative URLs, never another system), the wildcard address a server listens on
 * ({@code 0.0.0.0}, {@code [::]}, with or without a port), and object identifiers shaped
 * like an address ({@code 2.5.4.15}: every OID starts with the arc 0, 1 or 2), and database URL templates whose host is
 * a format placeholder ({@code jdbc:trino://%s:%s/system}), and in-process or file database URLs
 * ({@code jdbc:h2:mem:cache}, {@code jdbc:derby:<home>/data;create=true}), placeholders with a run of {@code x} where a
 * part belongs ({@code https://hooks.chat.example/services/xxx/xxxx}), documentation sites without a port
 * ({@code https://docs.acme.org/…}, {@code go2docs.acme.org}), and the value of a JSON {@code "$schema"}, {@code "$id"} or
 * {@code "@context"} key in a document the code writes. Namespace URIs, public
 * platform endpoints and RFC 5737 addresses pass through the {@link EndpointAllowList}.
 */
public final class EndpointRecognizer {

    static final Set<String> NETWORK_SCHEMES = Set.of("http", "https", "ws", "wss", "ftp", "ftps", "sftp", "amqp", "amqps",
            "kafka", "redis", "rediss", "mongodb", "mongodb+srv", "ldap", "ldaps", "smtp", "smtps", "imap", "imaps", "pop3",
            "mqtt", "mqtts", "nats", "grpc", "grpcs", "tcp", "udp", "ssh", "telnet", "rtsp", "cassandra", "neo4j", "bolt",
            "elasticsearch", "nfs", "smb", "rmi", "iiop", "t3", "stomp", "zookeeper");

    private static final Pattern URL = Pattern.compile("(?i)(?<![a-z0-9+.-])([a-z][a-z0-9+.-]*)://([^\\s/?#\"'<>]*)([^\\s\"'<>]*)");
    private static final Pattern DATABASE_URL = Pattern.compile("(?i)\\b(?:jdbc|r2dbc):[a-z0-9]+:[^\\s\"']+");
    private static final Pattern DATABASE_PREFIX = Pattern.compile("(?i)(?:jdbc|r2dbc):");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern HOST_PORT = Pattern.compile("(?i)(localhost|[a-z0-9-]++(?:\\.[a-z0-9-]++)++):(\\d{1,5})");

    private EndpointRecognizer() {
    }

    /** The first endpoint in {@code text} that the allow-list does not accept. */
    public static Optional<String> find(String text, EndpointAllowList allowList) {
        Matcher database = DATABASE_URL.matcher(text);
        if (database.find() && !database.group().contains("//?") && !hasPlaceholderHost(database.group()) && !isInProcess(database.group())) {
            return Optional.of(database.group());
        }
        Matcher url = URL.matcher(text);
        while (url.find()) {
            String scheme = url.group(1).toLowerCase(Locale.ROOT);
            String authority = url.group(2);
            String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
            String host = hostAndPort.replaceFirst(":[^:\\]]*$", "");
            boolean port = hostAndPort.length() > host.length() && hostAndPort.substring(host.length() + 1).matches("\\d+");
            if (NETWORK_SCHEMES.contains(scheme) && isHost(host) && !isCompletedAtRunTime(host)
                    && !(isLoopback(host) && !port) && !isWildcard(host) && !allowList.allows(host, url.group(3))
                    && !isXmlIdentifier(text.substring(0, url.start()), url.group(3)) && !isProductComment(text.substring(0, url.start()))
                    && !isJsonIdentifier(text.substring(0, url.start())) && !isPlaceholder(url.group(2) + url.group(3))
                    && !(isDocumentationSite(host) && !port)) {
                return Optional.of(url.group());
            }
        }
        return address(text.strip());
    }

    /**
     * Whether a database URL names an in-process or file database, with no host: nothing after the {@code jdbc:driver:}
     * prefix is an authority ({@code //host}; {@code ///} has none) or an Oracle-style {@code @host} —
     * {@code jdbc:derby:<home>/data;create=true}, {@code jdbc:h2:mem:cache}, {@code r2dbc:h2:mem:///reports}, {@code jdbc:hsqldb:file:db}, {@code jdbc:sqlite:app.db}. The embedded store lives in the
     * application's own process or directory: no system to externalise. {@code jdbc:derby://db:1527/app},
     * {@code jdbc:h2:tcp://db/~/test} and {@code jdbc:oracle:thin:@db:1521:ORCL} name a server.
     */
    private static final Pattern AUTHORITY = Pattern.compile("(?<!/)//(?!/)");

    /**
     * Whether {@code text} holds a database URL ({@code jdbc:…}, {@code r2dbc:…}) and every one it holds names an
     * in-process or file database ({@code jdbc:derby:<home>/data;create=true}, {@code jdbc:h2:mem:cache}).
     */
    public static boolean namesInProcessDatabase(String text) {
        Matcher database = DATABASE_URL.matcher(text);
        boolean found = false;
        while (database.find()) {
            if (!isInProcess(database.group())) {
                return false;
            }
            found = true;
        }
        return found;
    }

    private static boolean isInProcess(String databaseUrl) {
        String rest = databaseUrl.substring(databaseUrl.indexOf(':', databaseUrl.indexOf(':') + 1) + 1);
        return !AUTHORITY.matcher(rest).find() && !rest.contains("@");
    }

    /** A format placeholder where the host belongs: {@code %s}, {@code %1$s}, {@code {0}}, {@code {}}. */
    private static final Pattern PLACEHOLDER_HOST = Pattern.compile("//(?:[^/@;?]*@)?(?:%(?:\\d+\\$)?s|\\{\\d*})(?=[:/;?]|$)");

    /**
     * Whether a database URL is a template whose host a format call fills in ({@code "jdbc:trino://%s:%s/system"} formatted
     * with the host and port of a configured backend): the address comes from elsewhere; only the driver and the path
     * are fixed.
     */
    private static boolean hasPlaceholderHost(String databaseUrl) {
        return PLACEHOLDER_HOST.matcher(databaseUrl).find();
    }

    /** An XML namespace or schema-location attribute left open before a URL: {@code xmlns="}, {@code xmlns:xsi='}, {@code xsi:schemaLocation="ns }. */
    private static final Pattern XML_IDENTIFIER_ATTRIBUTE = Pattern.compile(
            "(?i)(?:\\bxmlns(?::[\\w.-]+)?|\\b(?:[\\w.-]+:)?(?:noNamespaceSchemaLocation|schemaLocation))\\s*=\\s*([\"'])[^\"']*$");
    /** The path of an XML schema or document type definition: {@code …/graphml.xsd}, {@code …/web-app_2_3.dtd}. */
    private static final Pattern SCHEMA_DOCUMENT = Pattern.compile("(?i).*\\.(?:xsd|dtd)(?=$|[\"'>\\s])");

    /**
     * Whether a URL names an XML vocabulary rather than a system to call: the value of an {@code xmlns} or
     * {@code schemaLocation} attribute of a document the code writes ({@code <graphml xmlns="http://…/xmlns">}, both URLs
     * of an {@code xsi:schemaLocation} pair), or an XML schema or DTD ({@code http://…/graphml.xsd} on a line of its own).
     * An {@code href} or {@code src} attribute is a link.
     */
    private static boolean isXmlIdentifier(String before, String path) {
        return XML_IDENTIFIER_ATTRIBUTE.matcher(before).find() || SCHEMA_DOCUMENT.matcher(path).lookingAt();
    }

    /** A JSON key whose value identifies a vocabulary, left open before a URL: {@code "$schema": "}, {@code "$id": "}, {@code "@context": "}. */
    private static final Pattern JSON_IDENTIFIER_KEY = Pattern.compile("\"(?:\\$schema|\\$id|@context)\"\\s*:\\s*\"$");

    /**
     * Whether a URL is the value of a JSON key that names the schema or vocabulary of the document the code writes
     * ({@code "$schema": "http://adaptivecards.io/schemas/adaptive-card.json"} in a card template, a JSON Schema's
     * {@code "$id"}, a JSON-LD {@code "@context"}): an identifier, like an XML namespace. A URL under any other key
     * ({@code "callbackUrl": "https://…"}) stays an address.
     */
    private static boolean isJsonIdentifier(String before) {
        return JSON_IDENTIFIER_KEY.matcher(before).find();
    }

    /** A run of three or more {@code x} standing for a part to fill in: a whole label of the host, segment of the path or query value. */
    private static final Pattern PLACEHOLDER_RUN = Pattern.compile("(?i)(?:^|[/.=?&#])x{3,}(?=$|[/.=?&#:])");

    /**
     * Whether a URL is a placeholder shown in place of one the user supplies: a label of its host or a segment of its path
     * is a run of {@code x} ({@code https://hooks.chat.example/services/xxx/xxxx/xxxxxxxxxxxx}, the pre-filled value of a
     * webhook form). Nothing can connect to it as written.
     */
    private static boolean isPlaceholder(String hostAndPath) {
        return PLACEHOLDER_RUN.matcher(hostAndPath).find();
    }

    /** The first label of a documentation site's host: {@code docs}, {@code doc}, {@code documentation}, or a word ending in {@code docs}. */
    private static final Pattern DOCUMENTATION_LABEL = Pattern.compile("(?i)[a-z0-9]*docs|doc|documentation");

    /**
     * Whether a host is a public documentation site, pages for people: its first label names documentation
     * ({@code docs.acme.org}, {@code doc.rust-lang.org}, {@code go2docs.acme.org}) and a registered domain follows (three labels
     * or more, so a single-label service {@code docs:8080} is an address). With a port it stays an address.
     */
    private static boolean isDocumentationSite(String host) {
        String[] labels = host.split("\\.");
        return labels.length >= 3 && DOCUMENTATION_LABEL.matcher(labels[0]).matches();
    }

    /** A product token ({@code Crawler/1.0}, {@code Crawler/?} with the version filled in at run time) and a comment left open. */
    private static final Pattern PRODUCT_COMMENT = Pattern.compile("(?<![^\\s\"'])[\\w.!#$%&'*+^`|~-]+/[^\\s/()]+\\s*\\([^()]*$");

    /**
     * Whether a URL stands in the comment of a {@code User-Agent}'s product ({@code "Crawler/" + version + " (https://…)"},
     * {@code Mozilla/5.0 (compatible; Bot/2.1; +http://…/bot.html)}): it identifies the client to the server it calls,
     * it is not called. A URL in parentheses after plain words stays an address.
     */
    private static boolean isProductComment(String before) {
        return PRODUCT_COMMENT.matcher(before).find();
    }

    /**
     * Whether a text may hold an endpoint or the start of one, decidable on each piece of a concatenation
     * (the pre-filter): a scheme separator {@code ://} (the host may follow in the next piece), a
     * {@code jdbc:}/{@code r2dbc:} prefix, or a text that is a {@code host:port} or an IPv4 address (which
     * {@link #find} only accepts as a whole text, so as one literal or one folded constant).
     */
    public static boolean mayContain(String text) {
        return text.contains("://") || DATABASE_PREFIX.matcher(text).find() || address(text.strip()).isPresent();
    }

    /** The text if it is a {@code host:port} or an IPv4 address (not an RFC 5737, loopback or OID-shaped one). */
    private static Optional<String> address(String whole) {
        if (isIpv4(whole) && !EndpointAllowList.isDocumentationAddress(whole) && !isLoopback(whole) && !isObjectIdentifier(whole)) {
            return Optional.of(whole);
        }
        Matcher hostPort = HOST_PORT.matcher(whole);
        if (hostPort.matches() && Integer.parseInt(hostPort.group(2)) <= 65535) {
            String host = hostPort.group(1);
            boolean ip = isIpv4(host);
            if (ip ? !EndpointAllowList.isDocumentationAddress(host) && !isWildcard(host) : host.equalsIgnoreCase("localhost") || Character.isLetter(host.charAt(host.length() - 1))) {
                return Optional.of(whole);
            }
        }
        return Optional.empty();
    }

    /** A host that ends where a run-time value was cut out: {@code www.?/…}, {@code tenant-?.acme.com}. */
    private static boolean isCompletedAtRunTime(String host) {
        char last = host.charAt(host.length() - 1);
        return last == '.' || last == '-';
    }

    /**
     * The wildcard address a server binds to listen on every interface, {@code 0.0.0.0} or {@code [::]}
     * ({@code rmi://0.0.0.0:%d/jmxrmi}, {@code 0.0.0.0:8080}): where this process listens, never a system to call.
     */
    private static boolean isWildcard(String host) {
        return host.equals("0.0.0.0") || host.equals("[::]");
    }

    /**
     * Whether an endpoint {@link #find} returned names this machine: a URL or {@code host:port} whose host is
     * {@code localhost}, {@code 127.x.x.x} or {@code [::1]} ({@code http://localhost:3000}, {@code 127.0.0.1:2181}), with a
     * port — without one it is no endpoint at all. A local development server or a side-car, never another system's
     * production address.
     */
    public static boolean namesLoopback(String endpoint) {
        Matcher url = URL.matcher(endpoint);
        String hostAndPort = url.lookingAt() ? url.group(2).substring(url.group(2).lastIndexOf('@') + 1) : endpoint.strip();
        return isLoopback(hostAndPort.replaceFirst(":[^:\\]]*$", ""));
    }

    /** {@code localhost}, {@code 127.x.x.x} or {@code [::1]}. */
    private static boolean isLoopback(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.equals("localhost") || lower.equals("[::1]") || lower.startsWith("127.") && isIpv4(lower);
    }

    /**
     * A dotted quad that reads as an object identifier: the first arc is 0, 1 or 2 (ITU-T, ISO, joint) and
     * the second below 40, like the X.500 attribute types {@code 2.5.4.15} and extensions {@code 2.5.29.37}.
     * The IPv4 blocks this leaves out ({@code 0.0.0.0/8}, and {@code 1.0.0.0/8} and {@code 2.0.0.0/8}
     * below their 40th /16) are not addresses a backend is configured with.
     */
    private static boolean isObjectIdentifier(String text) {
        String[] arcs = text.split("\\.");
        return Integer.parseInt(arcs[0]) <= 2 && Integer.parseInt(arcs[1]) < 40;
    }

    private static boolean isHost(String host) {
        return !host.isEmpty() && (Character.isLetterOrDigit(host.charAt(0)) || host.charAt(0) == '[');
    }

    private static boolean isIpv4(String text) {
        Matcher matcher = IPV4.matcher(text);
        if (!matcher.matches()) {
            return false;
        }
        for (int i = 1; i <= 4; i++) {
            if (Integer.parseInt(matcher.group(i)) > 255) {
                return false;
            }
        }
        return true;
    }
}
