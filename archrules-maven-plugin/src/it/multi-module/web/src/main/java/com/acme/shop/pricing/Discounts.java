package com.acme.shop.pricing;

import com.acme.shop.orders.OrderService;

/**
 * The package pricing is split across the two modules: this half depends on orders, whose service depends on the
 * other half. Each module alone has no cycle; the reactor as a whole has one (orders -> pricing -> orders).
 */
public class Discounts {

    private final OrderService orders;

    public Discounts(OrderService orders) {
        this.orders = orders;
    }

    public String describe(long id) {
        return "discount on " + orders.name(id);
    }
}
