package dev.archrules.core.model;

/**
 * The items of the backend checklist that the rules enforce: the coupling items C1–C10, the complexity red flags
 * R1–R6, the patterns to favour P1–P5 and the data-flow advice D1 (some of them cannot be judged from code; the rule
 * catalogue says which).
 */
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
    C10("Layers depend downward only"),
    // the complexity red flags, the patterns to favour and the data-flow advice of the checklist (issue 15); docs/rules.md
    // maps each to its rules or says why it cannot be checked from code
    R1("No multiple databases for data that could live together"),
    R2("No message queues for synchronous workflows"),
    R3("No services that always call each other in sequence"),
    R4("No caching layers without measured latency problems"),
    R5("No abstractions that add indirection without flexibility"),
    R6("No GraphQL where REST would be simpler"),
    P1("Favour the repository pattern"),
    P2("Favour a service layer"),
    P3("Favour dependency injection"),
    P4("Favour configuration injection"),
    P5("Favour event publishing to decouple side effects from the main request flow"),
    D1("Diagram the data flow; simplify when a request takes too many hops");

    private final String title;

    ChecklistItem(String title) {
        this.title = title;
    }

    /** The checklist sentence, e.g. "Layers depend downward only". */
    public String title() {
        return title;
    }
}
