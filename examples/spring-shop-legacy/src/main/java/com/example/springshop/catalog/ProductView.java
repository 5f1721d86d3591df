package com.example.springshop.catalog;

import java.math.BigDecimal;

public record ProductView(String sku, String name, BigDecimal price) {
}
