package com.example.shop.billing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Charges customers and keeps the invoices. The payment provider is reached through the
 * {@link PaymentProvider} interface, never through an HTTP client (checklist item C5).
 */
@Service
public class BillingService {

    private final PaymentProvider paymentProvider;
    private final InvoiceRepository invoices;
    private final Clock clock;

    public BillingService(PaymentProvider paymentProvider, InvoiceRepository invoices, Clock clock) {
        this.paymentProvider = paymentProvider;
        this.invoices = invoices;
        this.clock = clock;
    }

    /**
     * Charges {@code amountCents} for {@code reference} and records the invoice. Not one transaction: the provider is
     * called before any database work, and the invoice is saved in the repository's own transaction, so no connection
     * is held while the provider answers and no rollback can leave a charge behind unseen (checklist pattern P5).
     */
    public PaymentReceipt charge(String customerId, String reference, long amountCents) {
        if (amountCents <= 0) {
            throw new IllegalArgumentException("amount must be positive but was " + amountCents);
        }
        String paymentId = paymentProvider.charge(new PaymentRequest(customerId, reference, amountCents));
        Invoice invoice = invoices.save(new Invoice(customerId, reference, amountCents, paymentId, clock.instant()));
        return new PaymentReceipt(invoice.getId(), paymentId);
    }

    @Transactional(readOnly = true)
    public Invoice invoice(String invoiceId) {
        return invoices.findById(invoiceId)
                .orElseThrow(() -> new IllegalArgumentException("no invoice with id " + invoiceId));
    }
}
