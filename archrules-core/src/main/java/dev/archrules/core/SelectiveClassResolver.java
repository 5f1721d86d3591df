package dev.archrules.core;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.resolvers.ClassResolver;
import dev.archrules.core.conventions.HttpMappings;
import dev.archrules.core.internal.io.ClassFileHeader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The class resolver of the {@linkplain ChecklistImporter recommended import}: ArchUnit asks it for every
 * type the imported classes refer to that is not part of the import. Instead of importing each of them from
 * the class path (what ArchUnit's default resolver does, one full class import per type), it imports only
 * <ul>
 *   <li>types of the code base's packages (their roles and members matter to the rules),</li>
 *   <li>annotation types (meta-annotations decide roles: a stereotype meta-annotated with {@code @Component}),</li>
 *   <li>the library types the rules recognise by supertype, and their subtypes — decided from the class
 *       files' headers (superclass and interfaces), which cost a fraction of an import to read,</li>
 *   <li>interfaces and abstract classes whose class file names an HTTP mapping annotation: an API interface of
 *       another artifact that the code base's controllers implement, whose mappings they inherit.</li>
 * </ul>
 * Every other type stays a bare name (an ArchUnit stub): the rules only ever compare such types by name.
 *
 * <p>ArchUnit creates the resolver by its class name, one per import, with the {@link TypeSelection} as its
 * arguments ({@link TypeSelection#arguments()}), which {@link ChecklistImporter} sets for its import.
 */
final class SelectiveClassResolver implements ClassResolver {

    private final TypeSelection selection;
    /** Whether a type is, or is a subtype of, a type of interest; one import runs on one thread. */
    private final Map<String, Boolean> leadsToInterest = new HashMap<>();
    private ClassUriImporter importer;

    SelectiveClassResolver(List<String> args) {
        this.selection = TypeSelection.fromArguments(args);
    }

    @Override
    public void setClassUriImporter(ClassUriImporter classUriImporter) {
        this.importer = classUriImporter;
    }

    @Override
    public Optional<JavaClass> tryResolve(String typeName) {
        if (selection.inCodeBase(typeName) || selection.named(typeName) || wanted(typeName)) {
            return classFile(typeName).flatMap(url -> importer.tryImport(uri(url)));
        }
        return Optional.empty();
    }

    private boolean wanted(String typeName) {
        Optional<byte[]> classFile = bytes(typeName);
        Optional<ClassFileHeader> header = classFile.flatMap(SelectiveClassResolver::header);
        // a class file we cannot read ourselves is left to ArchUnit, as a default import would (one that is
        // not on the class path at all is then not found by tryResolve either)
        return header.isEmpty()
                || header.get().isAnnotation()
                || header.get().supertypes().stream().anyMatch(this::leadsToInterest)
                || header.get().isAbstract() && declaresHttpMappings(classFile.get());
    }

    /**
     * Whether the class file names one of the {@linkplain HttpMappings#DECLARED HTTP mapping annotations}: an API
     * interface (or abstract base controller) of another artifact that carries the mappings its implementations in
     * the code base serve, whose methods the rules read ({@link HttpMappings#inheritedFrom}).
     */
    private static boolean declaresHttpMappings(byte[] classFile) {
        for (Map.Entry<String, List<byte[]>> api : MAPPING_DESCRIPTORS.entrySet()) {
            // one search for the annotations' package, the descriptors only where it is named at all
            if (contains(classFile, api.getKey().getBytes(StandardCharsets.US_ASCII))
                    && api.getValue().stream().anyMatch(descriptor -> contains(classFile, descriptor))) {
                return true;
            }
        }
        return false;
    }

    /** The descriptors ({@code Ljakarta/ws/rs/GET;}) of {@link HttpMappings#DECLARED}, by their package's ({@code Ljakarta/ws/rs/}). */
    private static final Map<String, List<byte[]>> MAPPING_DESCRIPTORS = HttpMappings.DECLARED.stream()
            .map(name -> "L" + name.replace('.', '/') + ";")
            .collect(Collectors.groupingBy(descriptor -> descriptor.substring(0, descriptor.lastIndexOf('/') + 1),
                    Collectors.mapping(descriptor -> descriptor.getBytes(StandardCharsets.US_ASCII), Collectors.toList())));

    private static boolean contains(byte[] bytes, byte[] pattern) {
        outer:
        for (int i = 0; i <= bytes.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private boolean leadsToInterest(String typeName) {
        Boolean known = leadsToInterest.get(typeName);
        if (known != null) {
            return known;
        }
        leadsToInterest.put(typeName, false);
        boolean result = selection.named(typeName) || !typeName.equals("java.lang.Object")
                && header(typeName)
                .map(header -> header.supertypes().stream().anyMatch(this::leadsToInterest))
                .orElse(false);
        leadsToInterest.put(typeName, result);
        return result;
    }

    private static Optional<URL> classFile(String typeName) {
        return Optional.ofNullable(loader().getResource(resourceName(typeName)));
    }

    private static Optional<ClassFileHeader> header(String typeName) {
        return bytes(typeName).flatMap(SelectiveClassResolver::header);
    }

    private static Optional<ClassFileHeader> header(byte[] classFile) {
        try {
            return Optional.of(ClassFileHeader.read(new ByteArrayInputStream(classFile)));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> bytes(String typeName) {
        try (InputStream in = loader().getResourceAsStream(resourceName(typeName))) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** The loader ArchUnit's own resolver reads from: the thread's context class loader, else archrules'. */
    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : SelectiveClassResolver.class.getClassLoader();
    }

    private static String resourceName(String typeName) {
        return typeName.replace('.', '/') + ".class";
    }

    private static URI uri(URL url) {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            try {
                return new URI(url.getProtocol(), url.getHost(), url.getPath(), null);
            } catch (URISyntaxException again) {
                throw new IllegalArgumentException("cannot turn " + url + " into a URI", again);
            }
        }
    }
}
