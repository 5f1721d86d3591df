package com.example.springshop.orders.web;

public record PlaceOrderRequest(String customer, String sku, int quantity) {
}
