package dev.crossway.responder.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.directory.infrastructure.atna.AtnaSettings;
import dev.crossway.responder.domain.audit.AuditRecord;
import dev.crossway.responder.domain.audit.Initiator;
import dev.crossway.responder.domain.audit.Outcome;
import dev.crossway.responder.domain.audit.RequestRef;
import dev.crossway.responder.domain.audit.Transaction;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;

/** The responding gateway's audit records as ATNA messages: Query for ITI-55/38, Export for ITI-39, valid DICOM. */
class AuditRecordEventsTest {

    @Test
    void eachGatewayRecordBecomesAValidAtnaMessageAndAdministrativeOnesStayHome() throws Exception {
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getClassLoader().getResource("dicom2017c.xsd"));
        AtnaSettings settings = new AtnaSettings(true, AtnaSettings.Transport.TLS, "siem", 6514, null, null, null, null,
                "crossway@test", "Hospital", "host", "crossway", 10, Duration.ofSeconds(5), Duration.ofMinutes(5),
                Duration.ofSeconds(5));
        Initiator peer = new Initiator("Dr Peer", "Peer Org", "2.16.840.1.113883.3.9999.42", "TREATMENT");
        List<AuditRecord> records = List.of(
                record(Transaction.ITI_55, peer, List.of(), Outcome.SUCCESS),
                record(Transaction.ITI_38, peer, List.of(), Outcome.NO_MATCH),
                record(Transaction.ITI_39, peer, List.of("1.2.3.4.1", "1.2.3.4.2"), Outcome.SUCCESS),
                record(Transaction.ITI_55, Initiator.UNKNOWN, List.of(), Outcome.REFUSED),
                record(Transaction.ADMIN, Initiator.actor("admin"), List.of(), Outcome.SUCCESS));
        List<String> messages = AuditRecordEvents.messages(records, settings);
        assertThat(messages).hasSize(4);
        for (String xml : messages) {
            schema.newValidator().validate(new StreamSource(new StringReader(xml)));
        }
        assertThat(messages.get(0)).contains("csd-code=\"110112\"").contains("EventActionCode=\"E\"")
                .contains("UserID=\"2.16.840.1.113883.3.9999.42\"").contains("NetworkAccessPointID=\"192.0.2.7\"")
                .contains("ParticipantObjectID=\"P-1^^^&amp;1.2.3&amp;ISO\"").contains("csd-code=\"TREATMENT\"");
        assertThat(messages.get(2)).contains("csd-code=\"110106\"").contains("EventActionCode=\"R\"")
                .contains("ParticipantObjectID=\"1.2.3.4.2\"");
        assertThat(messages.get(3)).contains("EventOutcomeIndicator=\"4\"");
    }

    private static AuditRecord record(Transaction tx, Initiator initiator, List<String> documents, Outcome outcome) {
        return new AuditRecord(Instant.parse("2026-12-05T10:00:00Z"), new RequestRef("urn:uuid:own", "urn:uuid:theirs"), tx,
                initiator, "2.16.840.1.113883.3.72.6.11", "P-1^^^&1.2.3&ISO", documents, outcome, "detail", "192.0.2.7");
    }
}
