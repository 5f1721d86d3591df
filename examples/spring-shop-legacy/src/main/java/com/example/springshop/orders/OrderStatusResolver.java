package com.example.springshop.orders;

import org.springframework.stereotype.Component;

@Component
public class OrderStatusResolver {

    private final OrderLookup lookup;

    public OrderStatusResolver(OrderLookup lookup) {
        this.lookup = lookup;
    }

    public String resolve(long id) {
        return lookup.find(id).map(order -> "PLACED").orElse("UNKNOWN");
    }
}
