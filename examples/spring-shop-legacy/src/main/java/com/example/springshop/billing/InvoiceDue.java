package com.example.springshop.billing;

/** An application event: an invoice fell due. */
public record InvoiceDue(long invoiceId) {
}
