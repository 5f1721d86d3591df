package com.example.shop.legacy;

import com.example.shop.orders.Order;
import com.example.shop.orders.OrderRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * LEGACY, deliberately wrong. A CSV export that gets its repository by field injection (C9) and reads
 * the orders module's repository and entity directly instead of asking {@code OrderService} (C4).
 */
@Service
public class LegacyOrderExportService {

    @Autowired
    private OrderRepository orderRepository;

    public String exportCsv(String customerId) {
        StringBuilder csv = new StringBuilder("id;status;total_cents\n");
        for (Order order : orderRepository.findByCustomerIdOrderByIdDesc(customerId)) {
            csv.append(order.getId()).append(';').append(order.getStatus()).append(';').append(order.totalCents()).append('\n');
        }
        return csv.toString();
    }
}
