package com.example.shop.orders.web;

import com.example.shop.orders.OrderItem;

import java.util.List;

/** The JSON body of {@code POST /orders}. */
public record PlaceOrderRequest(String customerId, List<OrderItem> items) {
}
