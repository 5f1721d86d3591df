package com.example.springshop.catalog;

import org.springframework.stereotype.Service;

/** Legacy: wired to the JDBC class although the repository has an interface. */
@Service
public class StockService {

    private final JdbcStockRepository stock;

    public StockService(JdbcStockRepository stock) {
        this.stock = stock;
    }

    public boolean inStock(String sku) {
        return stock.quantity(sku) > 0;
    }
}
