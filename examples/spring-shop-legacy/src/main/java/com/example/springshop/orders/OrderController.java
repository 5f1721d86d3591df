package com.example.springshop.orders;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Grew over the years: reads the tables itself, counts requests, owns the transaction. */
@RestController
@RequestMapping("/orders")
public class OrderController {

    private final OrderRepository orderRepository;
    private final OrderService orderService;
    private final JdbcTemplate jdbcTemplate;

    private long ordersPlaced;

    public OrderController(OrderRepository orderRepository, OrderService orderService, JdbcTemplate jdbcTemplate) {
        this.orderRepository = orderRepository;
        this.orderService = orderService;
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/{id}")
    public ResponseEntity<Order> get(@PathVariable long id) {
        return ResponseEntity.of(orderRepository.findById(id));
    }

    @GetMapping("/customer/{customer}")
    public List<Order> byCustomer(@PathVariable String customer) {
        return orderRepository.findByCustomer(customer).stream().filter(order -> !"CANCELLED".equals(order.getStatus())).toList();
    }

    @Transactional
    @PostMapping
    public Order place(@RequestBody Order order) {
        ordersPlaced++;
        return orderService.place(order);
    }

    @GetMapping("/stats")
    public Map<String, Object> stats() {
        Map<String, Object> stats = jdbcTemplate.queryForMap(
                "SELECT COUNT(*) AS orders, SUM(total) AS revenue FROM orders WHERE status = 'PAID'");
        stats.put("placedSinceStart", ordersPlaced);
        return stats;
    }
}
