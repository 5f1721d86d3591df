package dev.archrules.core.model;

/** The items of the backend coupling checklist that the rules enforce. */
public enum ChecklistItem {
    C1("Database access is isolated to repository / data-access classes"),
    C2("Business logic is not embedded in controllers / handlers"),
    C3("API endpoints have single responsibilities"),
    C4("Services (modules) don't directly access each other's databases"),
    C5("External service calls are abstracted behind interfaces"),
    C6("Configuration is externalized, not hard-coded"),
    C7("No circular dependencies between packages / modules"),
    C8("No shared mutable state between request handlers"),
    C9("Dependencies are injected, not created"),
    C10("Layers depend downward only");

    private final String title;

    ChecklistItem(String title) {
        this.title = title;
    }

    /** The checklist sentence, e.g. "Layers depend downward only". */
    public String title() {
        return title;
    }
}
