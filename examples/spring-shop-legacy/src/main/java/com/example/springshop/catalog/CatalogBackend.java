package com.example.springshop.catalog;

import java.math.BigDecimal;
import java.util.List;

/** The catalog back end: prices, stock and reviews are three services behind it. */
public interface CatalogBackend {

    BigDecimal price(String sku);

    Integer stock(String sku);

    List<?> reviews(String sku);
}
