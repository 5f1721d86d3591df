package dev.archrules.core.rules.dataaccess;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import dev.archrules.core.conventions.DependencyTargets;
import dev.archrules.core.conventions.Term;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.engine.SourceRule;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.recognize.SchemaMigrations;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Violation;
import dev.archrules.core.recognize.DataSourceProviders;
import dev.archrules.core.recognize.OverridableSettings;
import dev.archrules.core.recognize.RemoteQueries;
import dev.archrules.core.recognize.SqlRecognizer;
import dev.archrules.core.source.Prefilter;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code data-access.sql-only-in-repositories} (C1): SQL text lives in repositories. Reported: SQL
 * statements in string literals, text blocks and concatenations (recognised by structure, see
 * {@link SqlRecognizer}), constants holding SQL where they are <em>used</em> (javac inlines them), and
 * {@code @Query}, {@code @NamedQuery}, {@code @NamedNativeQuery} values outside repositories; entities may
 * declare named queries. Not reported: messages (arguments of exception constructors, logging and
 * assertion calls), texts only compared with another ({@code DEFAULT_SQL.equals(sql)}) and the patterns and
 * replacements of a text rewrite ({@code ddl.replace("CREATE INDEX app_", "CREATE INDEX " + prefix)}), which are not
 * statements run; schema-migration code ({@link SchemaMigrations}: Flyway Java
 * migrations, Liquibase custom changes and extensions, and helpers only they use; and the task lists of other
 * migration frameworks: a class {@linkplain SchemaMigrations#isNamedForMigrations named for migrations} that defines
 * schema, {@code CREATE/ALTER/DROP TABLE …}), which holds SQL by design;
 * the schema definitions of an entity (a table-mapped class returning the {@code ALTER TABLE … ADD CONSTRAINT} its
 * mapping cannot express), or of the abstract base of table-mapped classes (every concrete subclass an entity: ORMLite
 * has no {@code @MappedSuperclass}), which define its table as its named queries query it; connection infrastructure
 * ({@link DataSourceProviders}: the validation query and health probes of the pools a class builds itself);
 * and defaults of settings users override ({@link OverridableSettings}: a query in a
 * {@code @ConfigurationProperties} type, the initial value of a settable field, the fallback of a configuration
 * look-up, the default handed to a settings look-up after its key), which are configuration; and queries for a remote
 * query engine ({@link RemoteQueries}: a statement in a method that sends it over HTTP itself, or through its own class's
 * methods, in a class that uses no data-access API — the request body of a SQL engine's HTTP API, which its outbound
 * adapter holds as a repository holds its queries). A statement in a method that sends nothing over HTTP, in a client
 * adapter too, is reported. Nor are statements a class only recognises ({@link #isMatchedOnly}): the elements of a
 * {@code private} field the file only matches incoming texts against (compares, tokenises, searches), in a class that
 * depends on no data-access API and no repository — the probe statements a client sends on connecting, answered with canned
 * responses. An element passed to a method, returned or stored elsewhere is reported.
 */
public final class SqlOnlyInRepositories extends SourceRule {

    public static final String ID = "data-access.sql-only-in-repositories";

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
        return DescribedPredicate.describe("classes other than repositories, schema migrations, configuration-bound types and connection infrastructure",
                javaClass -> !context.hasRole(javaClass, Role.REPOSITORY) && !SchemaMigrations.isMigrationCode(javaClass)
                        && !OverridableSettings.isBoundFromConfiguration(javaClass) && !DataSourceProviders.isDataSourceProvider(javaClass, context));
    }

    /** The migration supertypes ({@link SchemaMigrations#SUPERTYPES}), whose subtypes are left alone. */
    @Override
    public Set<String> typesOfInterest() {
        return SchemaMigrations.SUPERTYPES;
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        Optional<Role> role = context.roleOf(javaClass);
        String who = Locations.roleOrClass(role) + " <" + javaClass.getName() + ">";
        List<Resolved> texts = texts(javaClass, context);
        if (!texts.isEmpty() && SchemaMigrations.isNamedForMigrations(javaClass)
                && texts.stream().anyMatch(text -> SqlRecognizer.isSchemaDefinition(text.value()))) {
            return;
        }
        boolean entity = role.filter(Role.ENTITY::equals).isPresent();
        boolean tableDefinition = entity || isBaseOfTableClasses(javaClass, context);
        for (Resolved text : texts) {
            if (!text.message() && !text.compared() && !text.rewritten() && SqlRecognizer.isSql(text.value()) && !OverridableSettings.isDefault(javaClass, text)
                    && !(tableDefinition && SqlRecognizer.isSchemaDefinition(text.value()))
                    && !RemoteQueries.sentOverHttp(javaClass, text.member(), context)
                    && !isMatchedOnly(javaClass, text, context)) {
                violations.accept(newViolation(key(javaClass, text.member(), text.value()),
                        who + " contains SQL " + where(text.member(), text.constant()) + ": \"" + excerpt(text.value()) + "\"",
                        location(javaClass, text.line()),
                        "move this statement into a repository and call the repository from " + Locations.simpleName(javaClass)));
            }
        }
        forEachAnnotation(javaClass, (annotation, member) -> {
            String type = annotation.getRawType().getName();
            String name = annotation.getRawType().getSimpleName();
            boolean named = context.conventions().names(Term.NAMED_QUERY_ANNOTATIONS).contains(type);
            if (!named && !context.conventions().names(Term.QUERY_ANNOTATIONS).contains(type) || named && role.filter(Role.ENTITY::equals).isPresent()) {
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

    /**
     * A statement a class only recognises: an element of a {@code private} field whose texts the file only matches
     * incoming texts against ({@link Resolved#matched()}: compared, tokenised, searched, never passed to a method, returned
     * or stored elsewhere) — the probe statements a client sends on connecting, which the class answers with canned
     * responses instead of running them — in a class that depends on no data-access API and no repository. A class that
     * works a data-access API or a repository may run what it matched, so its statements stay reported.
     */
    private static boolean isMatchedOnly(JavaClass javaClass, Resolved text, RuleContext context) {
        return text.matched() && !DependencyTargets.anyMatch(javaClass,
                target -> context.roles().isDataAccessApi(target) || context.hasRole(target, Role.REPOSITORY));
    }

    /**
     * The abstract base of table-mapped classes: every class of the code base extending it is an entity (ORMLite has no
     * {@code @MappedSuperclass}, so a base declaring the shared columns and the foreign keys of its subclasses' tables
     * carries no table annotation itself). Its schema definitions define those tables, as an entity's do.
     */
    private static boolean isBaseOfTableClasses(JavaClass javaClass, RuleContext context) {
        if (!javaClass.getModifiers().contains(JavaModifier.ABSTRACT) || javaClass.isInterface()) {
            return false;
        }
        List<JavaClass> concrete = javaClass.getAllSubclasses().stream()
                .filter(sub -> context.inScope(sub) && !sub.getModifiers().contains(JavaModifier.ABSTRACT))
                .toList();
        return !concrete.isEmpty() && concrete.stream().allMatch(sub -> context.hasRole(sub, Role.ENTITY));
    }
}
