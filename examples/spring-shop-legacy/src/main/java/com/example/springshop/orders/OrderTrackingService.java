package com.example.springshop.orders;

import org.springframework.stereotype.Service;

@Service
public class OrderTrackingService {

    private final OrderTrackingFacade facade;

    public OrderTrackingService(OrderTrackingFacade facade) {
        this.facade = facade;
    }

    public String track(long id) {
        return "order " + id + ": " + facade.status(id);
    }
}
