package com.example.springshop.orders;

import java.math.BigDecimal;

/** What other modules and the web API see of an order: a value, not the entity. */
public record OrderSummary(long id, String customer, String sku, int quantity, BigDecimal total, String status) {

    static OrderSummary of(Order order) {
        return new OrderSummary(order.getId(), order.getCustomer(), order.getSku(), order.getQuantity(),
                order.getTotal(), order.getStatus());
    }
}
