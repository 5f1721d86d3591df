package dev.archrules.core.source.internal;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import dev.archrules.core.source.SourceFacts;
import dev.archrules.core.source.SourceProblem;

import java.util.List;
import java.util.Optional;

/**
 * Reads, checks and parses one file into its facts, or into the problem that kept it from being analysed:
 * unreadable, not valid in its charset, {@linkplain NestingDepth nested too deeply}, or rejected by the parser.
 * Owned by a {@link SourceCache}, which runs it on its workers (with a large stack) at most once per file version.
 */
final class FactParser {

    /**
     * One parser per thread (a {@link JavaParser} is not thread-safe; creating one per file cost a
     * configuration and its processors every time). The language level is {@code RAW}: the grammar is the
     * same, but JavaParser's language-level validators — about 20 extra walks over every syntax tree, 40 % of
     * the parse time on keycloak — do not run. They only report code that does not compile at that level,
     * and the files analysed here belong to compiled classes. (Tokens stay stored: without them JavaParser
     * loses the node positions the violations report.)
     */
    private final ThreadLocal<JavaParser> parsers = parsersAt(ParserConfiguration.LanguageLevel.RAW);

    /**
     * The parser for a file {@link #parsers} rejects: the {@code RAW} grammar takes {@code yield} for an identifier,
     * so a switch expression's {@code yield Long.valueOf(s);} (Java 14+) does not parse there. Such a file is parsed
     * again at the newest language level, whose validators then run on that file only.
     */
    private final ThreadLocal<JavaParser> newestParsers = parsersAt(ParserConfiguration.LanguageLevel.BLEEDING_EDGE);

    /** One parser per thread at {@code level}, the same settings for both levels (comments not attributed to nodes). */
    private static ThreadLocal<JavaParser> parsersAt(ParserConfiguration.LanguageLevel level) {
        return ThreadLocal.withInitial(() -> new JavaParser(new ParserConfiguration()
                .setLanguageLevel(level)
                .setAttributeComments(false)
                .setDoNotAssignCommentsPrecedingEmptyLines(true)));
    }

    /**
     * The facts of {@code file}, or its problem; never throws for a bad file. Facts of the same text kept in
     * {@code store} are taken from there, and facts parsed now are kept there (problems are not: they are cheap to
     * find again and may depend on the reading, not the text).
     */
    Parsed parse(SourceFile file, Jars jars, FactStore store) {
        String text;
        try {
            text = SourceText.read(file, jars);
        } catch (SourceText.Unreadable e) {
            return Parsed.failed(e.problem());
        }
        if (!store.enabled()) {
            return parse(file, text);
        }
        String key = FactStore.keyOf(text);
        Optional<SourceFacts> kept = store.facts(key, file.display());
        if (kept.isPresent()) {
            return Parsed.stored(kept.get());
        }
        Parsed parsed = parse(file, text);
        parsed.facts().ifPresent(facts -> store.putFacts(key, facts));
        return parsed;
    }

    private Parsed parse(SourceFile file, String text) {
        if (NestingDepth.exceedsLimit(text)) {
            return Parsed.failed(tooDeep(file));
        }
        try {
            ParseResult<CompilationUnit> result = parsers.get().parse(text);
            if (!result.isSuccessful() || result.getResult().isEmpty()) {
                ParseResult<CompilationUnit> newest = newestParsers.get().parse(text);
                if (newest.isSuccessful() && newest.getResult().isPresent()) {
                    result = newest;
                }
            }
            if (!result.isSuccessful() || result.getResult().isEmpty()) {
                List<String> problems = result.getProblems().stream().limit(3).map(FactParser::describe).toList();
                return Parsed.failed(new SourceProblem(SourceProblem.Kind.SYNTAX_ERROR, file.display(),
                        file.display() + " does not parse (" + String.join("; ", problems) + "); skipped"));
            }
            return Parsed.of(FactExtractor.extract(file.display(), result.getResult().get()));
        } catch (StackOverflowError e) {
            return Parsed.failed(tooDeep(file));
        } catch (RuntimeException e) {
            return Parsed.failed(new SourceProblem(SourceProblem.Kind.SYNTAX_ERROR, file.display(),
                    file.display() + " could not be analysed (" + e + "); skipped"));
        }
    }

    private static SourceProblem tooDeep(SourceFile file) {
        return new SourceProblem(SourceProblem.Kind.TOO_DEEP, file.display(), file.display() + " nests too deeply to analyse; skipped");
    }

    private static String describe(Problem problem) {
        String where = problem.getLocation()
                .flatMap(range -> range.getBegin().getRange())
                .map(range -> "line " + range.begin.line + ": ")
                .orElse("");
        String message = problem.getMessage();
        int newline = message.indexOf('\n');
        return where + (newline < 0 ? message : message.substring(0, newline));
    }
}
