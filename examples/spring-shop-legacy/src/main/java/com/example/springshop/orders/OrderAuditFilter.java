package com.example.springshop.orders;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/** Legacy: a servlet filter that loads the order of every request from the repository. */
@Component
public class OrderAuditFilter extends OncePerRequestFilter {

    private final OrderRepository orders;

    public OrderAuditFilter(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = request.getHeader("X-Order-Id");
        if (id != null) {
            request.setAttribute("order", orders.findById(Long.valueOf(id)).orElse(null));
        }
        chain.doFilter(request, response);
    }
}
