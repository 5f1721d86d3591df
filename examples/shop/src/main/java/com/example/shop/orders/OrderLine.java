package com.example.shop.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of an order: a product, how many, and the unit price at the time of ordering. */
@Embeddable
public class OrderLine {

    @Column(nullable = false)
    private String sku;

    private int quantity;

    @Column(name = "unit_price_cents")
    private long unitPriceCents;

    protected OrderLine() {
        // for JPA
    }

    public OrderLine(String sku, int quantity, long unitPriceCents) {
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1 but was " + quantity);
        }
        this.sku = sku;
        this.quantity = quantity;
        this.unitPriceCents = unitPriceCents;
    }

    public String getSku() {
        return sku;
    }

    public int getQuantity() {
        return quantity;
    }

    public long getUnitPriceCents() {
        return unitPriceCents;
    }

    public long totalCents() {
        return unitPriceCents * quantity;
    }
}
