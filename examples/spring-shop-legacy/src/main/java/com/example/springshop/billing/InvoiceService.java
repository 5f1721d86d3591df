package com.example.springshop.billing;

import com.example.springshop.orders.Order;
import com.example.springshop.orders.OrderRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;

/** Reads the orders tables directly, because that was quicker than asking the orders module. */
@Service
public class InvoiceService {

    @Autowired
    private OrderRepository orderRepository;

    private final InvoiceRepository invoices;
    private final BigDecimal taxRate;

    public InvoiceService(InvoiceRepository invoices, @Value("${billing.tax-rate:0.19}") BigDecimal taxRate) {
        this.invoices = invoices;
        this.taxRate = taxRate;
    }

    public void invoiceAll(List<Long> orderIds) {
        for (Long orderId : orderIds) {
            invoice(orderId);
        }
    }

    @Transactional
    public Invoice invoice(Long orderId) {
        Order order = orderRepository.findById(orderId).orElseThrow();
        BigDecimal amount = order.getTotal().add(order.getTotal().multiply(taxRate));
        return invoices.save(new Invoice(orderId, amount));
    }
}
