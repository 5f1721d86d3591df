package com.example.springshop.billing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;

/** The billing module's API: orders passes values in, never its entities or repositories. */
@Service
@Transactional
public class BillingService {

    private final InvoiceRepository invoices;
    private final PaymentGateway gateway;
    private final BillingProperties properties;

    public BillingService(InvoiceRepository invoices, PaymentGateway gateway, BillingProperties properties) {
        this.invoices = invoices;
        this.gateway = gateway;
        this.properties = properties;
    }

    public long invoice(long orderId, BigDecimal net) {
        BigDecimal amount = net.add(net.multiply(properties.taxRate()));
        return invoices.save(new Invoice(orderId, amount)).getId();
    }

    public String pay(String customer, BigDecimal amount) {
        return gateway.charge(customer, amount, properties.paymentPassword());
    }
}
