package com.example.springshop.catalog;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Everything about products, prices, stock, reviews, images, categories, brands and search in one place. */
@RestController
@RequestMapping("/catalog")
public class CatalogController {

    private final CatalogService catalog;

    public CatalogController(CatalogService catalog) {
        this.catalog = catalog;
    }

    public static String formatPrice(BigDecimal price) {
        return price.setScale(2, RoundingMode.HALF_UP) + " EUR";
    }

    @GetMapping("/products")
    public List<ProductView> products() { return catalog.all(); }

    @GetMapping("/products/{sku}/price")
    public String price(@PathVariable String sku) { return catalog.priceLabel(sku); }

    @PostMapping("/products")
    public String create() { return "created"; }

    @PutMapping("/products/{sku}")
    public String update(@PathVariable String sku) { return "updated " + sku; }

    @DeleteMapping("/products/{sku}")
    public String delete(@PathVariable String sku) { return "deleted " + sku; }

    @GetMapping("/products/{sku}/stock")
    public int stock(@PathVariable String sku) { return 0; }

    @PutMapping("/products/{sku}/stock")
    public int restock(@PathVariable String sku) { return 1; }

    @GetMapping("/products/{sku}/reviews")
    public List<String> reviews(@PathVariable String sku) { return List.of(); }

    @PostMapping("/products/{sku}/reviews")
    public String review(@PathVariable String sku) { return "thanks"; }

    @GetMapping("/search")
    public List<ProductView> search() { return catalog.all(); }

    @GetMapping("/featured")
    public List<ProductView> featured() { return catalog.all(); }

    /** The pricing policy, decided in the handler: business logic that belongs in a service. */
    @GetMapping("/products/{sku}/discount")
    public String discount(@PathVariable String sku, @RequestParam int quantity, @RequestParam(defaultValue = "false") boolean member) {
        BigDecimal price = new BigDecimal(catalog.priceLabel(sku).replace(" EUR", ""));
        BigDecimal rate = BigDecimal.ZERO;
        if (quantity >= 100) {
            rate = new BigDecimal("0.15");
        } else if (quantity >= 10) {
            rate = new BigDecimal("0.05");
        }
        if (member) {
            rate = rate.add(new BigDecimal("0.02"));
        }
        if (rate.compareTo(new BigDecimal("0.15")) > 0) {
            rate = new BigDecimal("0.15");
        }
        return formatPrice(price.subtract(price.multiply(rate)));
    }

    @GetMapping("/products/{sku}/images")
    public List<String> images(@PathVariable String sku) { return List.of(); }

    @GetMapping("/categories")
    public List<String> categories() { return List.of(); }

    @GetMapping("/categories/{id}/products")
    public List<ProductView> categoryProducts(@PathVariable String id) { return catalog.all(); }

    @GetMapping("/brands")
    public List<String> brands() { return List.of(); }
}
