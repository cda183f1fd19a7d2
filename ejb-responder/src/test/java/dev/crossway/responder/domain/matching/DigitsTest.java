package dev.crossway.responder.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigitsTest {

    @Test
    void keepsOnlyTheDigitsAsTheRegularExpressionDid() {
        for (String s : new String[] {"", "809 First Ave", "40090-1234", "tel:+1-920-989-0987", "(555) 723 1544", "12345", "abc"}) {
            assertThat(Digits.of(s)).as(s).isEqualTo(s.replaceAll("[^0-9]", ""));
        }
        assertThat(Digits.of(null)).isEmpty();
        assertThat(Phones.digits("tel:+1-920-989-0987")).isEqualTo("9209890987");
        assertThat(Phones.digits(null)).isEmpty();
    }
}
