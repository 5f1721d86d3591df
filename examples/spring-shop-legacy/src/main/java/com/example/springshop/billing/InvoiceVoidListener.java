package com.example.springshop.billing;

import org.springframework.jms.annotation.JmsListener;
import org.springframework.stereotype.Component;

/** Legacy: a JMS message listener that voids the invoice through the repository itself instead of a billing service. */
@Component
public class InvoiceVoidListener {

    private final InvoiceRepository invoices;

    public InvoiceVoidListener(InvoiceRepository invoices) {
        this.invoices = invoices;
    }

    @JmsListener(destination = "invoice-voided")
    public void onInvoiceVoided(String invoiceId) {
        invoices.deleteById(Long.valueOf(invoiceId));
    }
}
