package com.example.springshop.billing;

import org.springframework.http.HttpHeaders;

/** The headers of the monthly tax export, with the tax office account's password written into the code. */
public final class TaxOfficeHeaders {

    private TaxOfficeHeaders() {
    }

    public static HttpHeaders forExport(String account) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(account, "Tax-Exp0rt-2019");
        return headers;
    }
}
