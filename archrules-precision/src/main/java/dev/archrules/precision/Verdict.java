package dev.archrules.precision;

/** How a finding was judged: only {@link #TRUE} counts as true for precision. */
enum Verdict {
    /** A team applying the checklist should change the code. */
    TRUE,
    /** Nobody should change the code, even where the finding matches the rule's letter. */
    FALSE,
    /** Reasonable engineers would disagree; not counted as true. */
    DEBATABLE
}
