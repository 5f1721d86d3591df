package dev.archrules.core.rules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Violation;
import dev.archrules.core.source.Prefilter;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code data-access.sql-only-in-repositories} (C1): SQL text lives in repositories. Reported: SQL
 * statements in string literals, text blocks and concatenations (recognised by structure, see
 * {@link SqlRecognizer}), constants holding SQL where they are <em>used</em> (javac inlines them), and
 * {@code @Query}, {@code @NamedQuery}, {@code @NamedNativeQuery} values outside repositories; entities may
 * declare named queries. Messages (arguments of exception constructors and logging calls) are not
 * statements and are not reported.
 */
public final class SqlOnlyInRepositories extends SourceRule {

    public static final String ID = "data-access.sql-only-in-repositories";

    /** Query annotations of repository methods, by fully qualified name (Spring Data, Micronaut Data, Hibernate, MyBatis). */
    static final Set<String> QUERY_ANNOTATIONS = Set.of(
            "org.springframework.data.jpa.repository.Query", "org.springframework.data.jpa.repository.NativeQuery",
            "org.springframework.data.jdbc.repository.query.Query", "org.springframework.data.r2dbc.repository.Query",
            "io.micronaut.data.annotation.Query", "org.hibernate.annotations.processing.HQL",
            "org.hibernate.annotations.processing.SQL", "org.apache.ibatis.annotations.Select",
            "org.apache.ibatis.annotations.Insert", "org.apache.ibatis.annotations.Update",
            "org.apache.ibatis.annotations.Delete");
    /** Named queries, allowed on entities (where JPA wants them) and in repositories. */
    static final Set<String> NAMED_QUERY_ANNOTATIONS = Set.of(
            "jakarta.persistence.NamedQuery", "jakarta.persistence.NamedNativeQuery",
            "jakarta.persistence.NamedQueries", "jakarta.persistence.NamedNativeQueries",
            "javax.persistence.NamedQuery", "javax.persistence.NamedNativeQuery",
            "javax.persistence.NamedQueries", "javax.persistence.NamedNativeQueries",
            "org.hibernate.annotations.NamedQuery", "org.hibernate.annotations.NamedNativeQuery");

    public SqlOnlyInRepositories() {
        super(new RuleInfo(ID, ChecklistItem.C1,
                "SQL should only appear in repositories",
                "SQL scattered through controllers and services couples business logic to the schema and hides data access from review",
                "move the statement into a repository method (or a @Query on a repository) and call that"));
    }

    /** Texts that start like a statement; see {@link SqlRecognizer#mayStartStatement}. */
    static final Prefilter PREFILTER = SqlRecognizer::mayStartStatement;

    @Override
    protected Optional<Prefilter> prefilter() {
        return Optional.of(PREFILTER);
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return DescribedPredicate.describe("classes other than repositories", javaClass -> !context.hasRole(javaClass, Role.REPOSITORY));
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        Optional<Role> role = context.roleOf(javaClass);
        String who = Locations.roleOrClass(role) + " <" + javaClass.getName() + ">";
        for (Resolved text : texts(javaClass, context)) {
            if (!text.message() && SqlRecognizer.isSql(text.value())) {
                violations.accept(newViolation(key(javaClass, text.member(), text.value()),
                        who + " contains SQL " + where(text.member(), text.constant()) + ": \"" + excerpt(text.value()) + "\"",
                        location(javaClass, text.line()),
                        "move this statement into a repository and call the repository from " + Locations.simpleName(javaClass)));
            }
        }
        forEachAnnotation(javaClass, (annotation, member) -> {
            String type = annotation.getRawType().getName();
            String name = annotation.getRawType().getSimpleName();
            boolean named = NAMED_QUERY_ANNOTATIONS.contains(type);
            if (!named && !QUERY_ANNOTATIONS.contains(type) || named && role.filter(Role.ENTITY::equals).isPresent()) {
                return;
            }
            for (String query : strings(annotation, Set.of("value", "query", "countQuery"))) {
                violations.accept(newViolation(key(javaClass, memberName(member), query),
                        who + " declares @" + name + " on " + memberLabel(memberName(member))
                                + ": \"" + excerpt(query) + "\"",
                        location(javaClass, member),
                        named ? "declare the named query on the entity or in a repository" : "declare the query on a repository method"));
            }
        });
    }
}
