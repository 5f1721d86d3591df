package com.example.shop.catalog;

/**
 * A product as the catalog publishes it to other modules: a value, not a database row, so that the
 * catalog can change its tables without breaking orders.
 *
 * @param sku        stock-keeping unit, the product's identity
 * @param name       display name
 * @param priceCents current unit price in cents
 */
public record Product(String sku, String name, long priceCents) {
}
