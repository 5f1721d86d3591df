package com.example.shop.orders;

import com.example.shop.billing.BillingService;
import com.example.shop.billing.PaymentReceipt;
import com.example.shop.catalog.CatalogService;
import com.example.shop.catalog.Product;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Places and pays orders. Talks to the other modules only through their services and values
 * ({@link CatalogService}, {@link BillingService}), never through their repositories or entities
 * (checklist item C4).
 */
@Service
public class OrderService {

    private final OrderRepository orders;
    private final CatalogService catalog;
    private final BillingService billing;

    public OrderService(OrderRepository orders, CatalogService catalog, BillingService billing) {
        this.orders = orders;
        this.catalog = catalog;
        this.billing = billing;
    }

    /**
     * Prices the items at today's catalog prices, stores the order, charges the customer and stores the payment: two
     * short transactions (the repository's saves) with the payment provider called between them, never inside one, so
     * a rollback cannot undo an order whose customer was charged (checklist pattern P5).
     */
    public Order placeOrder(String customerId, List<OrderItem> items) {
        List<OrderLine> lines = items.stream()
                .map(item -> {
                    Product product = catalog.product(item.sku());
                    return new OrderLine(product.sku(), item.quantity(), product.priceCents());
                })
                .toList();
        Order order = orders.save(new Order(customerId, lines));
        PaymentReceipt receipt = billing.charge(customerId, "order-" + order.getId(), order.totalCents());
        order.markPaid(receipt.invoiceId());
        return orders.save(order);
    }

    @Transactional(readOnly = true)
    public Order order(long orderId) {
        return load(orderId);
    }

    @Transactional(readOnly = true)
    public List<Order> ordersOf(String customerId) {
        return orders.findByCustomerIdOrderByIdDesc(customerId);
    }

    @Transactional
    public Order cancel(long orderId) {
        // not order(orderId): a call on this bypasses the transactional proxy (spring.no-self-invocation-of-proxied-methods)
        Order order = load(orderId);
        order.cancel();
        return orders.save(order);
    }

    private Order load(long orderId) {
        return orders.findById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
    }
}
