package dev.crossway.responder.domain.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PurposeOfUsePolicyTest {

    @Test
    void treatmentOnlyByDefault() {
        PurposeOfUsePolicy p = PurposeOfUsePolicy.of(List.of());
        assertThat(p.permits("TREATMENT")).isTrue();
        assertThat(p.permits("treatment")).isTrue();
        assertThat(p.permits("PAYMENT")).isFalse();
        assertThat(p.permits(null)).isFalse();
    }

    @Test
    void configuredPurposesAreSortedAndCaseInsensitive() {
        PurposeOfUsePolicy p = PurposeOfUsePolicy.of(List.of("payment", "TREATMENT", " Operations "));
        assertThat(p.codes()).containsExactly("OPERATIONS", "PAYMENT", "TREATMENT");
        assertThat(p.permits("Operations")).isTrue();
        assertThat(p.permits("REQUEST")).isFalse();
    }

    @Test
    void garbageIsRefused() {
        assertThatThrownBy(() -> PurposeOfUsePolicy.of(List.of("treatment; drop table"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPolicyWithoutTreatmentIsRefused() {
        assertThatThrownBy(() -> PurposeOfUsePolicy.of(List.of("PAYMENT", "OPERATIONS")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TREATMENT");
    }

    @Test
    void aStoredPolicyWithoutTreatmentIsReadWithTreatment() {
        PurposeOfUsePolicy p = PurposeOfUsePolicy.stored(List.of("PAYMENT"));
        assertThat(p.codes()).containsExactly("PAYMENT", "TREATMENT");
        assertThat(p.permits("TREATMENT")).isTrue();
    }
}
