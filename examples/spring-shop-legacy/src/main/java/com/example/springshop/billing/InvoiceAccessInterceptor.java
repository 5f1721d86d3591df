package com.example.springshop.billing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/** Legacy: an interceptor that checks invoices in the repository before the handler runs. */
public class InvoiceAccessInterceptor implements HandlerInterceptor {

    private final InvoiceRepository invoices;

    public InvoiceAccessInterceptor(InvoiceRepository invoices) {
        this.invoices = invoices;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String id = request.getParameter("invoice");
        return id == null || invoices.existsById(Long.valueOf(id));
    }
}
