package com.example.springshop.billing;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Legacy: an application event listener that deletes the invoice through the repository itself. */
@Component
public class DunningListener {

    private final InvoiceRepository invoices;

    public DunningListener(InvoiceRepository invoices) {
        this.invoices = invoices;
    }

    @EventListener
    public void on(InvoiceDue due) {
        invoices.deleteById(due.invoiceId());
    }
}
