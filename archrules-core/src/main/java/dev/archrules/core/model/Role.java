package dev.archrules.core.model;

import java.util.Locale;

/**
 * The part a backend class plays. Detected by {@code Conventions}; every checklist rule is phrased in
 * terms of roles, so that the same rule serves Spring, Jakarta EE, Micronaut and Quarkus code.
 */
public enum Role {
    /** REST/MVC controllers, JAX-RS resources, servlets and message handlers: where requests enter. */
    CONTROLLER,
    /** Business logic: application and domain services. */
    SERVICE,
    /** Data access: DAOs, Spring Data interfaces, classes using JDBC/JPA/jOOQ/MyBatis. */
    REPOSITORY,
    /** Outbound adapters to other systems (HTTP clients, Feign interfaces, gateways). */
    CLIENT,
    /** Wiring and settings: configuration classes, bean factories, configuration properties. */
    CONFIGURATION,
    /** Persistent data: JPA entities, documents, mapped tables. */
    ENTITY;

    /** The lower-case name used in messages, e.g. {@code "controller"}. */
    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
