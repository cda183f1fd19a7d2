package dev.crossway.initiator.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossway.initiator.application.DestinationRefusedException;
import dev.crossway.initiator.application.InitiatorField;
import dev.crossway.initiator.application.InitiatorValidationException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a destination's registration and a published event must look like (no server: the policy reads no allow list here). */
class WebhookInputTest {

    @Test
    void aDestinationMustBeAnAbsoluteHttpsUrlThePolicyAllows() {
        assertThat(DefaultWebhookDestinations.url(" https://93.184.215.14/hook ")).isEqualTo("https://93.184.215.14/hook");
        assertThatThrownBy(() -> DefaultWebhookDestinations.url("ftp://93.184.215.14/hook"))
                .isInstanceOfSatisfying(InitiatorValidationException.class, e -> assertThat(e.field()).isEqualTo(InitiatorField.DESTINATION_URL));
        assertThatThrownBy(() -> DefaultWebhookDestinations.url("/relative"))
                .isInstanceOf(InitiatorValidationException.class);
        assertThatThrownBy(() -> DefaultWebhookDestinations.url("https://93.184.215.14/hook#x"))
                .isInstanceOf(InitiatorValidationException.class);
        assertThatThrownBy(() -> DefaultWebhookDestinations.url(null)).isInstanceOf(InitiatorValidationException.class);
        for (String internal : new String[] {"https://127.0.0.1/hook", "https://10.0.0.8/hook", "https://169.254.169.254/latest",
                "https://[::1]/hook", "http://93.184.215.14/hook", "https://user:pw@93.184.215.14/hook"}) {
            assertThatThrownBy(() -> DefaultWebhookDestinations.url(internal)).as(internal)
                    .isInstanceOfSatisfying(DestinationRefusedException.class, e -> {
                        assertThat(e.code()).isEqualTo(DestinationRefusedException.ADDRESS_NOT_ALLOWED);
                        assertThat(e.field()).isEqualTo(InitiatorField.DESTINATION_URL);
                    });
        }
    }

    @Test
    void onlyKnownEventsMayBeSubscribedAndAtLeastOne() {
        assertThat(DefaultWebhookDestinations.events(Set.of("PatientQuery.Completed", "Scheduling.ResultsReady"))).hasSize(2);
        assertThatThrownBy(() -> DefaultWebhookDestinations.events(Set.of("PatientQuery.Completed", "patientquery.completed")))
                .isInstanceOfSatisfying(DestinationRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo(DestinationRefusedException.UNKNOWN_EVENT);
                    assertThat(e.getMessage()).contains("\"patientquery.completed\"");
                });
        assertThatThrownBy(() -> DefaultWebhookDestinations.events(Set.of())).isInstanceOf(InitiatorValidationException.class);
        assertThatThrownBy(() -> DefaultWebhookDestinations.events(null)).isInstanceOf(InitiatorValidationException.class);
    }

    @Test
    void anEventBodyMustBeExactlyOneJsonObject() {
        OutboxPartnerEvents.requireObject("{\"JobID\": \"1\", \"Nested\": {\"a\": [1, 2]}}");
        for (String bad : new String[] {"[1]", "\"text\"", "{} {}", "{\"a\":", "", "{\"a\":1}, \"Injected\": 2"}) {
            assertThatThrownBy(() -> OutboxPartnerEvents.requireObject(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> OutboxPartnerEvents.requireObject(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
