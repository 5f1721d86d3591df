package com.example.springshop.catalog;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Start-up wiring on ApplicationReadyEvent: not a request handler, so reading the repository here is fine. */
@Component
public class CatalogWarmup {

    private final CatalogService catalog;

    public CatalogWarmup(CatalogService catalog) {
        this.catalog = catalog;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void warmUp() {
        catalog.toString();
    }
}
