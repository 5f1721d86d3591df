package dev.archrules.core.model;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Whether a run saw all the code it was pointed at: what the import searched, and every file it could not read.
 * A run with unread files is <em>incomplete</em>: the rules did not see those classes, so "no violation" there
 * means nothing, and a baseline entry of such a class is not fixed. An incomplete run fails unless the user
 * allowed it explicitly ({@code archrules.allowIncomplete}); pruning and stale-entry detection never run on it.
 *
 * @param searched          what the import searched, e.g. {@code package com.acme.shop on the class path}; empty when
 *                          the classes were imported by the caller
 * @param unreadFiles       the files that could not be read, sorted by path
 * @param incompleteAllowed whether the user allowed an incomplete run to pass
 */
public record ImportCompleteness(String searched, List<UnreadFile> unreadFiles, boolean incompleteAllowed) {

    public ImportCompleteness {
        Objects.requireNonNull(searched, "searched");
        unreadFiles = List.copyOf(new TreeSet<>(unreadFiles));
    }

    /** A complete import of what {@code searched} says. */
    public static ImportCompleteness complete(String searched) {
        return new ImportCompleteness(searched, List.of(), false);
    }

    /** Whether some file could not be read. */
    public boolean incomplete() {
        return !unreadFiles.isEmpty();
    }

    /** Whether the incompleteness fails the run: files were not read and the user did not allow it. */
    public boolean failsRun() {
        return incomplete() && !incompleteAllowed;
    }

    /** A copy with more unread files. */
    public ImportCompleteness withUnread(List<UnreadFile> more) {
        List<UnreadFile> all = new java.util.ArrayList<>(unreadFiles);
        all.addAll(more);
        return new ImportCompleteness(searched, all, incompleteAllowed);
    }

    /** A copy in which an incomplete run passes ({@code allowed}) or fails. */
    public ImportCompleteness allowingIncomplete(boolean allowed) {
        return new ImportCompleteness(searched, unreadFiles, allowed);
    }

    /**
     * One paragraph for failure messages and refusals: {@code 2 class files could not be read (…):} and one line per
     * file, {@code   - path: reason}.
     */
    public String describe() {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder().append(unreadFiles.size())
                .append(unreadFiles.size() == 1 ? " file could not be read" : " files could not be read")
                .append(unreadFiles.size() == 1 ? " (the rules did not see the classes in it):" : " (the rules did not see the classes in them):");
        unreadFiles.forEach(file -> out.append(nl).append("  - ").append(file.message()));
        return out.toString();
    }
}
