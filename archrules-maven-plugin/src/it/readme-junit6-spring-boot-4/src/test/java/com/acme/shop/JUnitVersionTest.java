package com.acme.shop;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JUnitVersionTest {

    @Test
    void runs_on_junit_6() {
        String version = Test.class.getPackage().getImplementationVersion();
        System.out.println("JUnit Jupiter API " + version);
        assertThat(version).startsWith("6.");
    }
}
