package com.example.shop.catalog;

/** Thrown when a SKU is not in the catalog. */
public class ProductNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProductNotFoundException(String sku) {
        super("no product with SKU " + sku);
    }
}
