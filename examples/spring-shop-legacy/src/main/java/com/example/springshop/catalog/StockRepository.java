package com.example.springshop.catalog;

/** The stock levels of the warehouse. */
public interface StockRepository {

    int quantity(String sku);
}
