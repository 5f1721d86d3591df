package com.example.shop.legacy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * LEGACY, deliberately wrong. A report endpoint that runs its own SQL (C1, C2) and counts its calls in
 * a field that every request shares (C8).
 */
@RestController
@RequestMapping("/legacy/reports")
public class LegacyReportController {

    private final JdbcTemplate jdbcTemplate;

    private long reportsServed;

    public LegacyReportController(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/revenue")
    public List<Map<String, Object>> revenuePerDay(@RequestParam String from) {
        reportsServed++;
        return jdbcTemplate.queryForList(
                "select cast(paid_at as date) as day, sum(amount_cents) as revenue from invoice"
                        + " where paid_at >= ? group by cast(paid_at as date) order by day", from);
    }

    @GetMapping("/served")
    public long served() {
        return reportsServed;
    }
}
