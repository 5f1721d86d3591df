package com.acme.shop.orders;

/** Reads orders: the one class that may touch the database. */
public class OrderRepository {

    public String findName(long id) {
        return "order " + id;
    }
}
