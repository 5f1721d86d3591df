package com.example.springshop.billing;

import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Legacy: tells the payment provider about the refund while the transaction deleting the invoice may still roll back. */
@Service
public class RefundService {

    private final InvoiceRepository invoices;
    private final JmsTemplate jms;

    public RefundService(InvoiceRepository invoices, JmsTemplate jms) {
        this.invoices = invoices;
        this.jms = jms;
    }

    @Transactional
    public void refund(long invoiceId) {
        invoices.deleteById(invoiceId);
        jms.convertAndSend("refunds", invoiceId);
    }
}
