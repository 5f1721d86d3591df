package dev.archrules.core.engine;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import dev.archrules.core.model.Masking;
import dev.archrules.core.model.SourceLocation;
import dev.archrules.core.source.Prefilter;
import dev.archrules.core.source.SourceFacts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A {@link PerClassRule} that reads the source of the classes in its scope through the run's
 * {@link dev.archrules.core.source.SourceIndex}: the files of the scope are parsed in parallel before the
 * check (and ahead of it, while other rules run), and the index's problems are logged after it. It adds the
 * reading of string texts with their constants resolved, and the keys and excerpts the source rules share.
 */
public abstract class SourceRule extends PerClassRule {

    private static final int MAX_CONSTANT_DEPTH = 8;

    /** @param info the rule's stable id, checklist item, title, rationale and general fix */
    protected SourceRule(RuleInfo info) {
        super(info);
    }

    @Override
    public final boolean readsSources() {
        return true;
    }

    /**
     * For a rule that only reads string texts: what it looks for, so that files without it are not parsed
     * (derived from the rule's recogniser). Empty for a rule that needs every file of its scope.
     */
    protected abstract Optional<Prefilter> prefilter();

    /**
     * The pre-filter for a run: {@link #prefilter()} unless the rule derives it from the run's conventions (a name list
     * of a {@code Term}). Called for every class: return equal values (a record) for equal conventions, so that
     * admission verdicts are shared.
     */
    protected Optional<Prefilter> prefilter(RuleContext context) {
        return prefilter();
    }

    @Override
    public final void parseAhead(JavaClasses classes, RuleContext context) {
        DescribedPredicate<JavaClass> scope = scope(context);
        prepare(classes.stream().filter(scope::test).toList(), context);
    }

    @Override
    protected final void prepare(Collection<JavaClass> classes, RuleContext context) {
        prefilter(context).ifPresentOrElse(prefilter -> context.sources().prefetch(classes, prefilter),
                () -> context.sources().prefetch(classes));
    }

    @Override
    protected final void finish(RuleContext context) {
        context.sources().logProblems();
    }

    /**
     * A text of a class with its constants resolved.
     *
     * @param constant the constant it refers to as written ({@code Queries.FIND_ALL}), or {@code null} for a literal
     * @param call     the method the text is an argument of or is called on, or {@code null}
     * @param argument where the text is an argument of a call or {@code new}, or {@code null} (see {@link SourceFacts.Text#argument()})
     * @param matched  whether the text is an element of a {@code private} field the file only matches other texts against
     *                 (see {@link SourceFacts.Text#matched()})
     */
    public record Resolved(String member, int line, String value, String boundName, boolean message, String constant, String call,
                           SourceFacts.Argument argument, boolean matched) {

        /** A text that is no element of a field only matched against. */
        public Resolved(String member, int line, String value, String boundName, boolean message, String constant, String call,
                        SourceFacts.Argument argument) {
            this(member, line, value, boundName, message, constant, call, argument, false);
        }

        /** A text that is no argument of a call. */
        public Resolved(String member, int line, String value, String boundName, boolean message, String constant, String call) {
            this(member, line, value, boundName, message, constant, call, null);
        }

        /** Whether the text is only compared with another ({@code "127.0.0.1".equals(host)}, {@code uris.contains(X)}). */
        public boolean compared() {
            return call != null && COMPARISONS.contains(call);
        }

        /**
         * Whether the text is the search pattern or the replacement of a text rewrite
         * ({@code sql.replace("CREATE INDEX app_", "CREATE INDEX " + prefix)}): a fragment substituted in another text,
         * not a statement run.
         */
        public boolean rewritten() {
            return call != null && SourceFacts.REWRITE_METHODS.contains(call);
        }

        /** Whether the text is the fallback for a configured value ({@code orElse(X)}, {@code getOrDefault(key, X)}). */
        public boolean fallback() {
            return call != null && FALLBACKS.contains(call);
        }
    }

    /** Methods that compare a text with another. */
    static final Set<String> COMPARISONS = Set.of("equals", "equalsIgnoreCase", "contentEquals", "compareTo",
            "compareToIgnoreCase", "contains", "containsKey", "containsValue", "startsWith", "endsWith", "matches", "regionMatches");
    /** Methods whose text argument is the value used when configuration gives none. */
    static final Set<String> FALLBACKS = Set.of("orElse", "getOrDefault", "getProperty", "defaultIfBlank",
            "defaultIfEmpty", "defaultString", "firstNonNull", "requireNonNullElse", "getValueOrDefault");

    /**
     * The constants used inside concatenations of {@code javaClass}, each on its own and bound to its own
     * name: {@code "Bearer " + API_KEY} uses the credential {@code API_KEY}.
     */
    protected final List<Resolved> constantsInConcatenations(JavaClass javaClass, RuleContext context) {
        List<Resolved> resolved = new ArrayList<>();
        for (SourceFacts.Text text : ownTexts(javaClass, context)) {
            if (text.parts().size() >= 2) {
                for (SourceFacts.Part part : text.parts()) {
                    if (part instanceof SourceFacts.ConstantRef ref) {
                        String value = resolve(List.of(ref), context, 0);
                        if (value != null) {
                            resolved.add(new Resolved(text.member(), text.line(), value, ref.field(), text.message(), ref.written(), null));
                        }
                    }
                }
            }
        }
        return resolved;
    }

    /** The texts of {@code javaClass} (not of its nested classes), constants of other classes resolved to their values. */
    protected final List<Resolved> texts(JavaClass javaClass, RuleContext context) {
        List<Resolved> resolved = new ArrayList<>();
        for (SourceFacts.Text text : ownTexts(javaClass, context)) {
            boolean single = text.parts().size() == 1 && text.parts().get(0) instanceof SourceFacts.ConstantRef;
            String value = resolve(text.parts(), context, 0);
            if (value == null) {
                continue;
            }
            SourceFacts.ConstantRef ref = single ? (SourceFacts.ConstantRef) text.parts().get(0) : null;
            String bound = text.boundName() != null ? text.boundName() : ref == null ? null : ref.field();
            resolved.add(new Resolved(text.member(), text.line(), value, bound, text.message(), ref == null ? null : ref.written(),
                    text.call(), text.argument(), text.matched()));
        }
        return resolved;
    }

    /** The texts of the file of {@code javaClass} that belong to the class itself (not to nested classes). */
    private List<SourceFacts.Text> ownTexts(JavaClass javaClass, RuleContext context) {
        Prefilter prefilter = prefilter(context).orElseThrow(() -> new IllegalStateException(id() + " reads no texts"));
        return context.sources().literalFacts(javaClass, prefilter)
                .map(facts -> facts.texts().stream().filter(text -> text.className().equals(javaClass.getName())).toList())
                .orElse(List.of());
    }

    /** The value of the parts, or {@code null} if it consists of a single constant that cannot be resolved. */
    private static String resolve(List<SourceFacts.Part> parts, RuleContext context, int depth) {
        StringBuilder value = new StringBuilder();
        for (SourceFacts.Part part : parts) {
            if (part instanceof SourceFacts.Literal literal) {
                value.append(literal.value());
            } else if (part instanceof SourceFacts.ConstantRef ref) {
                String constant = depth < MAX_CONSTANT_DEPTH ? constant(ref, context, depth) : null;
                if (constant == null && parts.size() == 1) {
                    return null;
                }
                value.append(constant == null ? "?" : constant);
            } else {
                value.append('?');
            }
        }
        return value.toString();
    }

    private static String constant(SourceFacts.ConstantRef ref, RuleContext context, int depth) {
        for (String owner : ref.owners()) {
            List<SourceFacts.Part> parts = context.sources().constantFacts(owner, ref.field())
                    .map(facts -> facts.constants().get(owner + "." + ref.field()))
                    .orElse(null);
            if (parts != null) {
                return resolve(parts, context, depth + 1);
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- annotation values from the bytecode

    /**
     * Calls {@code action} with every annotation (of the class, its fields, methods, constructors and their
     * parameters) and the member it sits on ({@code null} for the class).
     */
    protected static void forEachAnnotation(JavaClass javaClass, BiConsumer<JavaAnnotation<?>, JavaMember> action) {
        javaClass.getAnnotations().forEach(annotation -> action.accept(annotation, null));
        for (JavaMember member : javaClass.getMembers()) {
            member.getAnnotations().forEach(annotation -> action.accept(annotation, member));
            if (member instanceof JavaCodeUnit codeUnit) {
                codeUnit.getParameters().forEach(parameter -> parameter.getAnnotations().forEach(annotation -> action.accept(annotation, member)));
            }
        }
    }

    /** The string values of the named attributes, nested annotations and arrays included. */
    protected static List<String> strings(JavaAnnotation<?> annotation, Set<String> attributes) {
        List<String> values = new ArrayList<>();
        annotation.getProperties().forEach((name, value) -> collect(name, value, attributes, values));
        return values;
    }

    private static void collect(String name, Object value, Set<String> attributes, List<String> values) {
        if (value instanceof String string && (attributes.isEmpty() || attributes.contains(name)) && !string.isBlank()) {
            values.add(string);
        } else if (value instanceof Object[] array) {
            for (Object element : array) {
                collect(name, element, attributes, values);
            }
        } else if (value instanceof JavaAnnotation<?> nested) {
            nested.getProperties().forEach((nestedName, nestedValue) -> collect(nestedName, nestedValue, attributes, values));
        }
    }

    protected static String memberName(JavaMember member) {
        if (member == null) {
            return "<class>";
        }
        return member.getName();
    }

    protected static SourceLocation location(JavaClass javaClass, JavaMember member) {
        if (member instanceof JavaCodeUnit codeUnit) {
            return Locations.of(codeUnit);
        }
        if (member instanceof JavaField field) {
            return Locations.of(field);
        }
        return Locations.of(javaClass);
    }

    // ---------------------------------------------------------------- keys and messages

    protected static SourceLocation location(JavaClass javaClass, int line) {
        SourceLocation classLocation = Locations.of(javaClass);
        return new SourceLocation(classLocation.className(), classLocation.fileName(), Math.max(line, 0));
    }

    /**
     * {@code com.acme.web.OrderController#list @1a2b3c4d}: class, member and a fingerprint of the literal with its
     * secrets masked ({@link Masking#keyText}), never a line.
     */
    protected static String key(JavaClass javaClass, String member, String literal) {
        return Locations.stableName(javaClass) + "#" + member + " @" + fingerprint(Masking.keyText(literal));
    }

    /** The first 8 hex digits of the SHA-256 of the text with white space collapsed. */
    public static String fingerprint(String text) {
        String normalised = text.strip().replaceAll("\\s+", " ");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The text on one line, secrets masked ({@link Masking#redact}), shortened to about 60 characters. */
    protected static String excerpt(String text) {
        String line = Masking.redact(text).strip().replaceAll("\\s+", " ");
        return line.length() <= 60 ? line : line.substring(0, 57) + "…";
    }

    protected static String where(String member, String constant) {
        return (constant == null ? "" : "constant " + constant + " ") + "in " + memberLabel(member);
    }

    protected static String memberLabel(String member) {
        return switch (member) {
            case "<init>" -> "a constructor";
            case "<clinit>" -> "a static initializer";
            case "<class>" -> "the class";
            default -> "<" + member + ">";
        };
    }
}
