package com.example.shop.catalog;

import org.springframework.stereotype.Service;

import java.util.List;

/**
 * The catalog's API for the rest of the shop. Other modules ask this service for products; they never
 * touch {@link ProductRepository} or the product table (checklist item C4).
 */
@Service
public class CatalogService {

    private final ProductRepository products;

    public CatalogService(ProductRepository products) {
        this.products = products;
    }

    /** The product with this SKU; fails with {@link ProductNotFoundException} if there is none. */
    public Product product(String sku) {
        return products.findBySku(sku).orElseThrow(() -> new ProductNotFoundException(sku));
    }

    public List<Product> allProducts() {
        return products.findAll();
    }
}
