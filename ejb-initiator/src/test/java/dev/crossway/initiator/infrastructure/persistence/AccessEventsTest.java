package dev.crossway.initiator.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.directory.infrastructure.atna.AtnaSettings;
import dev.crossway.initiator.domain.audit.AccessAction;
import dev.crossway.initiator.domain.audit.AccessOutcome;
import dev.crossway.initiator.domain.audit.OutboundAccess;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;

/** The initiator's accesses as ATNA messages: ITI-55/38 Query per community, ITI-39 Import; valid DICOM, no demographics. */
class AccessEventsTest {

    @Test
    void eachAccessBecomesTheInitiatingGatewaysMessagesPerCommunity() throws Exception {
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getClassLoader().getResource("dicom2017c.xsd"));
        AtnaSettings settings = new AtnaSettings(true, AtnaSettings.Transport.TLS, "siem", 6514, null, null, null, null,
                "crossway@test", null, "host", "crossway", 10, Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofSeconds(5));
        List<String> query = AccessEvents.messages(List.of(access(AccessAction.PATIENT_QUERY, List.of("2.16.1", "2.16.2"),
                List.of("d1", "d2"))), settings);
        List<String> list = AccessEvents.messages(List.of(access(AccessAction.DOCUMENT_QUERY, List.of("2.16.1"), List.of("d1"))), settings);
        List<String> get = AccessEvents.messages(List.of(access(AccessAction.DOCUMENT_GET, List.of("2.16.1"), List.of("d1"))), settings);
        assertThat(query).hasSize(3);
        assertThat(list).hasSize(1);
        assertThat(get).hasSize(1);
        for (String xml : List.of(query, list, get).stream().flatMap(List::stream).toList()) {
            schema.newValidator().validate(new StreamSource(new StringReader(xml)));
            assertThat(xml).contains("UserID=\"dr.who\"").contains("csd-code=\"112247003\"").doesNotContain("Newman");
        }
        assertThat(query.get(0)).contains("csd-code=\"ITI-55\"").contains("csd-code=\"110112\"");
        assertThat(query.get(2)).contains("csd-code=\"110107\"").contains("EventActionCode=\"C\"").contains("ParticipantObjectID=\"d2\"");
        assertThat(list.get(0)).contains("csd-code=\"ITI-38\"");
        assertThat(get.get(0)).contains("csd-code=\"ITI-39\"").contains("csd-code=\"110107\"");
    }

    private static OutboundAccess access(AccessAction action, List<String> communities, List<String> documents) {
        return new OutboundAccess("a-1", Instant.parse("2026-12-05T10:00:00Z"), action, "API", "partner-a", "dr.who", "112247003",
                "2.16.840.1.113883.3.9999.99", "TREATMENT", "ab".repeat(32), List.of("7^^^&1.2.3&ISO"), communities, documents,
                AccessOutcome.SUCCESS, null);
    }
}
