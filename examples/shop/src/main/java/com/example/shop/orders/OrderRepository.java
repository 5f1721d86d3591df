package com.example.shop.orders;

import org.springframework.data.repository.CrudRepository;

import java.util.List;

/** The orders tables, as a Spring Data repository. Only the orders module uses it. */
public interface OrderRepository extends CrudRepository<Order, Long> {

    List<Order> findByCustomerIdOrderByIdDesc(String customerId);
}
