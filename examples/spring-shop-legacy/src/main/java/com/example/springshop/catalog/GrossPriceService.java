package com.example.springshop.catalog;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;

/** Shows gross prices with the tax rate billing also reads, and its own idea of the default. */
@Service
public class GrossPriceService {

    private final BigDecimal taxRate;

    public GrossPriceService(@Value("${billing.tax-rate:0.2}") BigDecimal taxRate) {
        this.taxRate = taxRate;
    }

    public BigDecimal gross(BigDecimal net) {
        return net.add(net.multiply(taxRate));
    }
}
