package com.example.shop.orders;

/**
 * What a customer asks for when placing an order.
 *
 * @param sku      the product
 * @param quantity how many, at least 1
 */
public record OrderItem(String sku, int quantity) {
}
