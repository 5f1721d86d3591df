package dev.archrules.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.archrules.core.model.ImportCompleteness;
import dev.archrules.core.model.UnreadFile;

import java.util.List;
import java.util.Objects;

/**
 * Classes imported by the {@linkplain ChecklistImporter recommended import}, and whether the import is complete:
 * what it searched and every class file it could not read. {@link BackendChecklist#check(ClassImport)} fails an
 * incomplete import unless it is allowed, and never prunes the baseline or reports entries as fixed on one.
 *
 * @param classes      the imported classes
 * @param completeness what was searched and what could not be read
 */
public record ClassImport(JavaClasses classes, ImportCompleteness completeness) {

    public ClassImport {
        Objects.requireNonNull(classes, "classes");
        Objects.requireNonNull(completeness, "completeness");
    }

    /** A copy that also lists these files as unread (e.g. modules of a project that were not compiled). */
    public ClassImport withUnread(List<UnreadFile> more) {
        return new ClassImport(classes, completeness.withUnread(more));
    }
}
