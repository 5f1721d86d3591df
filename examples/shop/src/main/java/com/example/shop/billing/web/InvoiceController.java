package com.example.shop.billing.web;

import com.example.shop.billing.BillingService;
import com.example.shop.billing.Invoice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** HTTP API of billing: invoices can be looked up, not changed. */
@RestController
@RequestMapping("/invoices")
public class InvoiceController {

    private final BillingService billing;

    public InvoiceController(BillingService billing) {
        this.billing = billing;
    }

    @GetMapping("/{id}")
    public InvoiceResponse get(@PathVariable String id) {
        Invoice invoice = billing.invoice(id);
        return new InvoiceResponse(invoice.getId(), invoice.getReference(), invoice.getAmountCents(), invoice.getPaidAt());
    }

    /** An invoice as shown over HTTP. */
    public record InvoiceResponse(String id, String reference, long amountCents, Instant paidAt) {
    }
}
