package com.example.springshop.catalog;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.List;

/** Legacy: the GraphQL query computes the bundle price itself instead of asking a service. */
@Controller
public class ProductGraphQlController {

    @QueryMapping
    public long bundlePrice(@Argument List<Long> prices, @Argument boolean member) {
        long total = 0;
        for (long price : prices) {
            total += price;
        }
        if (member && total > 100) {
            total = total - total / 10;
        }
        return total;
    }
}
