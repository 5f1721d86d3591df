package dev.archrules.cli;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PackagesTest {

    @Test
    void the_base_package_is_the_common_package_when_it_has_two_segments_or_more() {
        Packages.Inferred inferred = Packages.base(List.of("com.acme.shop", "com.acme.shop.web", "com.acme.shop.orders")).orElseThrow();
        assertThat(inferred.basePackage()).isEqualTo("com.acme.shop");
        assertThat(inferred.leftOut()).isEmpty();
        assertThat(Packages.base(List.of("com.acme.shopping", "com.acme.shop")).orElseThrow().basePackage()).isEqualTo("com.acme");
    }

    @Test
    void a_library_class_shipped_beside_the_code_base_is_left_out_when_the_rest_holds_nine_in_ten() {
        List<String> packages = new ArrayList<>(Collections.nCopies(12, "org.keycloak.services"));
        packages.addAll(Collections.nCopies(7, "org.keycloak.protocol.oidc"));
        packages.add("org.jboss.resteasy.core");
        Packages.Inferred inferred = Packages.base(packages).orElseThrow();
        assertThat(inferred.basePackage()).isEqualTo("org.keycloak");
        assertThat(inferred.leftOut()).containsExactly(Map.entry("org.jboss.resteasy.core", 1));
    }

    @Test
    void never_a_single_segment_nor_a_guess_between_comparable_groups() {
        List<String> packages = new ArrayList<>(Collections.nCopies(8, "org.keycloak.services"));
        packages.addAll(Collections.nCopies(2, "org.jboss.resteasy.core"));
        assertThat(Packages.base(packages)).isEmpty(); // 80 %: not clearly one code base
        assertThat(Packages.base(List.of("acme", "acme.web"))).isEmpty();
        assertThat(Packages.base(List.of("org.apache.syncope", "org.springframework.orm"))).isEmpty();
        assertThat(Packages.base(List.of())).isEmpty();
    }
}
