package com.acme.shop.customers;

public class CustomerRepository {

    public String findName(long id) {
        return "customer " + id;
    }
}
