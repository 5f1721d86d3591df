package dev.archrules.core.source;

/**
 * What a literal rule looks for, tested on a file's text before it is parsed: a file is parsed for the
 * rule only if one of its string values, one of the names such a value is bound to, or one of the string
 * constants of its class files is admitted. Each rule derives its pre-filter from its recogniser, so that
 * everything the recogniser can report is admitted; a file the pre-filter rejects cannot hold a finding of
 * that rule.
 *
 * <p>What the file's text offers (a lexical scan, no parse): the string literals and text blocks of the code
 * (comments, imports and annotation arguments left out; literals joined by {@code +} taken together), and
 * the names a text can be bound to — the variable or field it initializes or is assigned to, the property
 * of a {@code setXxx(…)} call, the key literal of a two-argument call, a constant's own name. The class
 * files of the file's class and of its anonymous and local classes add their string constants, which
 * include the values of other classes' constants that javac inlined and every concatenation of constants,
 * folded into one string.
 *
 * <p>Values are tested one by one: a finding whose tell-tale part is split over a literal and a run-time
 * value in code javac did not compile into a class file (dead code) is not seen.
 */
public interface Prefilter {

    /**
     * Whether this text may be, or start, or contain a finding: a string literal of the source (escapes
     * decoded) or a string constant of a class file. A concatenation is tested piece by piece, so a test
     * on its own must not need the whole text.
     */
    boolean admitsValue(String text);

    /** Whether a text bound to this name may be a finding because of the name; none by default. */
    default boolean admitsBoundName(String name) {
        return false;
    }

    /**
     * Whether a text that is an argument of a call of this name (a method name, or the simple name of a type after
     * {@code new}) may be a finding because of the call; none by default.
     */
    default boolean admitsArgumentOf(String callName) {
        return false;
    }

    /**
     * Whether a constant used as a value, with this name and this value (a string literal, where its
     * declaration shows it), may be a finding; by default whether the name is {@linkplain #admitsBoundName admitted}.
     */
    default boolean admitsConstant(String name, String value) {
        return admitsBoundName(name);
    }
}
