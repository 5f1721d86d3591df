package com.acme.shop.orders;

import org.springframework.stereotype.Repository;

/** Reads orders: the one class that may touch the database. */
@Repository
public class OrderRepository {

    public String findName(long id) {
        return "order " + id;
    }
}
