package com.acme.shop.orders.web;

import com.acme.shop.orders.OrderService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OrderController {

    @Autowired
    private OrderService service;

    @GetMapping("/orders/{id}")
    public String name(@PathVariable long id) {
        return service.name(id);
    }
}
