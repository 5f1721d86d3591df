package com.example.springshop.catalog;

import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.util.List;

/** Legacy: every product page waits on the price, stock and review services, one after another. */
@Service
public class ProductPageService {

    private final CatalogBackend backend;

    public ProductPageService(CatalogBackend backend) {
        this.backend = backend;
    }

    public ProductPage page(String sku) {
        BigDecimal price = backend.price(sku);
        Integer stock = backend.stock(sku);
        List<?> reviews = backend.reviews(sku);
        return new ProductPage(sku, price, stock != null && stock > 0, reviews.size());
    }

    public record ProductPage(String sku, BigDecimal price, boolean available, int reviewCount) {
    }
}
