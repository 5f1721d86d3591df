package com.example.shop.orders.web;

import com.example.shop.orders.Order;
import com.example.shop.orders.OrderLine;

import java.util.List;

/** How an order is shown over HTTP: the API does not leak the entity. */
public record OrderResponse(long id, String customerId, String status, long totalCents, List<Line> lines) {

    public record Line(String sku, int quantity, long unitPriceCents) {
    }

    static OrderResponse of(Order order) {
        return new OrderResponse(order.getId(), order.getCustomerId(), order.getStatus().name(), order.totalCents(),
                order.getLines().stream().map(OrderResponse::line).toList());
    }

    private static Line line(OrderLine line) {
        return new Line(line.getSku(), line.getQuantity(), line.getUnitPriceCents());
    }
}
