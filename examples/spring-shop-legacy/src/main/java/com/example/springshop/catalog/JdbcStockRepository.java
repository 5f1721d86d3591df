package com.example.springshop.catalog;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcStockRepository implements StockRepository {

    private final JdbcTemplate jdbcTemplate;

    public JdbcStockRepository(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @Override
    public int quantity(String sku) {
        Integer quantity = jdbcTemplate.queryForObject("SELECT quantity FROM stock WHERE sku = ?", Integer.class, sku);
        return quantity == null ? 0 : quantity;
    }

    /** Used by the nightly stock import only. */
    public void overwrite(String sku, int quantity) {
        jdbcTemplate.update("UPDATE stock SET quantity = ? WHERE sku = ?", quantity, sku);
    }
}
