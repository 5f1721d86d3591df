package com.acme.shop.orders;

import com.acme.shop.pricing.PriceList;

public class OrderService {

    private final OrderRepository repository;
    private final PriceList prices;

    public OrderService(OrderRepository repository, PriceList prices) {
        this.repository = repository;
        this.prices = prices;
    }

    public String name(long id) {
        return repository.findName(id) + " at " + prices.priceOf("order");
    }
}
