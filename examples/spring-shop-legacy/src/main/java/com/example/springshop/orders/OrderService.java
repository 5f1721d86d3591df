package com.example.springshop.orders;

import com.example.springshop.billing.InvoiceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrderService {

    private final OrderRepository orders;
    private final InvoiceService invoices;
    private final ShippingService shipping;

    public OrderService(OrderRepository orders, InvoiceService invoices, ShippingService shipping) {
        this.orders = orders;
        this.invoices = invoices;
        this.shipping = shipping;
    }

    @Transactional
    public Order place(Order order) {
        order.setStatus("PLACED");
        Order saved = orders.save(order);
        invoices.invoice(saved.getId());
        shipping.ship(saved.getId(), saved.getQuantity());
        return saved;
    }
}
