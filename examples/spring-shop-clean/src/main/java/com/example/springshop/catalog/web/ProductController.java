package com.example.springshop.catalog.web;

import com.example.springshop.catalog.CatalogService;
import com.example.springshop.catalog.ProductView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;

@RestController
@RequestMapping("/catalog/products")
public class ProductController {

    private final CatalogService catalog;

    public ProductController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    public List<ProductView> products() {
        return catalog.all();
    }

    @GetMapping("/{sku}/price")
    public BigDecimal price(@PathVariable String sku) {
        return catalog.price(sku);
    }
}
