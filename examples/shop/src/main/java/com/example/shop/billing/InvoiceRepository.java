package com.example.shop.billing;

import org.springframework.data.repository.CrudRepository;

/** The invoice table, as a Spring Data repository. Only the billing module uses it. */
public interface InvoiceRepository extends CrudRepository<Invoice, String> {
}
