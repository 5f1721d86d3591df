package com.example.springshop.orders;

import com.example.springshop.billing.BillingService;
import com.example.springshop.catalog.CatalogService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

@Service
@Transactional
public class OrderService {

    private final OrderRepository orders;
    private final CatalogService catalog;
    private final BillingService billing;
    private final ApplicationEventPublisher events;

    public OrderService(OrderRepository orders, CatalogService catalog, BillingService billing, ApplicationEventPublisher events) {
        this.orders = orders;
        this.catalog = catalog;
        this.billing = billing;
        this.events = events;
    }

    public OrderSummary place(String customer, String sku, int quantity) {
        BigDecimal total = catalog.price(sku).multiply(BigDecimal.valueOf(quantity));
        Order saved = orders.save(new Order(customer, sku, quantity, total));
        billing.invoice(saved.getId(), total);
        events.publishEvent(new OrderPlaced(saved.getId(), quantity)); // shipped after commit, see ShipmentBooking
        return OrderSummary.of(saved);
    }

    @Transactional(readOnly = true)
    public Optional<OrderSummary> find(long id) {
        return orders.findById(id).map(OrderSummary::of);
    }

    @Transactional(readOnly = true)
    public List<OrderSummary> byCustomer(String customer) {
        return orders.findByCustomer(customer).stream().map(OrderSummary::of).toList();
    }
}
