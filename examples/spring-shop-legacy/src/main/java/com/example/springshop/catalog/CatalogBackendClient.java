package com.example.springshop.catalog;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.math.BigDecimal;
import java.util.List;

/** The catalog back end over HTTP. */
@Component
public class CatalogBackendClient implements CatalogBackend {

    private final RestClient restClient;

    public CatalogBackendClient(RestClient restClient) {
        this.restClient = restClient;
    }

    @Override
    public BigDecimal price(String sku) {
        return restClient.get().uri("/prices/{sku}", sku).retrieve().body(BigDecimal.class);
    }

    @Override
    public Integer stock(String sku) {
        return restClient.get().uri("/stock/{sku}", sku).retrieve().body(Integer.class);
    }

    @Override
    public List<?> reviews(String sku) {
        return restClient.get().uri("/reviews/{sku}", sku).retrieve().body(List.class);
    }
}
