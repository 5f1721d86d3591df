package dev.archrules.core.conventions;

import dev.archrules.core.model.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VocabularyTest {

    @Test
    void rule_terms_keep_their_built_in_lists_until_a_vocabulary_sets_them() {
        assertThat(Vocabulary.empty().names(Term.QUERY_ANNOTATIONS)).isEqualTo(Term.QUERY_ANNOTATIONS.builtIn())
                .contains("org.springframework.data.jpa.repository.Query");
        assertThat(Vocabulary.empty().names(Term.INJECTION_ANNOTATIONS)).as("role-detection terms start empty").isEmpty();
        assertThat(Vocabulary.defaults().names(Term.INJECTION_ANNOTATIONS)).contains("jakarta.inject.Inject");
    }

    @Test
    void plus_with_and_without_return_copies() {
        Vocabulary defaults = Vocabulary.defaults();
        Vocabulary more = defaults.plus(Term.MUTABLE_TYPES, " com.acme.Bag ");
        Vocabulary fewer = more.without(Term.MUTABLE_TYPES, "java.util.Date");
        Vocabulary none = fewer.with(Term.MUTABLE_TYPES, List.of());

        assertThat(more.names(Term.MUTABLE_TYPES)).contains("com.acme.Bag", "java.util.Date");
        assertThat(fewer.names(Term.MUTABLE_TYPES)).contains("com.acme.Bag").doesNotContain("java.util.Date");
        assertThat(none.names(Term.MUTABLE_TYPES)).isEmpty();
        assertThat(defaults.names(Term.MUTABLE_TYPES)).isEqualTo(Term.MUTABLE_TYPES.builtIn());
        assertThatThrownBy(() -> defaults.terms().put(Term.MUTABLE_TYPES, java.util.Set.of()))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void method_terms_require_the_owner_form() {
        assertThatThrownBy(() -> Vocabulary.defaults().plus(Term.MUTABLE_FACTORIES, "newBag"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("'newBag' is not of the form owner.Type#method");
    }

    @Test
    void conventions_withers_delegate_to_the_vocabulary() {
        Conventions conventions = Conventions.defaults()
                .withInjectionAnnotations("com.acme.di.Wire")
                .withRoleSuffixes(Role.SERVICE, "Facade")
                .withTerm(Term.QUERY_ANNOTATIONS, "com.acme.Sql");

        assertThat(conventions.vocabulary().names(Term.INJECTION_ANNOTATIONS)).contains("com.acme.di.Wire", "com.google.inject.Inject", "jakarta.inject.Inject");
        assertThat(Conventions.defaults().names(Term.INJECTION_ANNOTATIONS)).doesNotContain("com.acme.di.Wire");
        assertThat(conventions.vocabulary().role(Role.SERVICE).suffixes()).contains("Facade", "Service");
        assertThat(conventions.names(Term.QUERY_ANNOTATIONS)).contains("com.acme.Sql", "org.apache.ibatis.annotations.Select");
        assertThat(Conventions.defaults().names(Term.QUERY_ANNOTATIONS)).doesNotContain("com.acme.Sql");
    }
}
