package com.example.springshop.orders;

import org.springframework.stereotype.Component;

import java.util.Locale;

@Component
public class OrderTrackingFacade {

    private final OrderStatusResolver resolver;

    public OrderTrackingFacade(OrderStatusResolver resolver) {
        this.resolver = resolver;
    }

    public String status(long id) {
        return resolver.resolve(id).toLowerCase(Locale.ROOT);
    }
}
