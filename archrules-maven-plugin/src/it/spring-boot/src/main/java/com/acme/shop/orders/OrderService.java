package com.acme.shop.orders;

import org.springframework.stereotype.Service;

@Service
public class OrderService {

    public String name(long id) {
        return "order " + id;
    }
}
