package dev.crossway.initiator.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossway.initiator.application.AppointmentRequest;
import dev.crossway.initiator.application.DocumentRef;
import dev.crossway.initiator.application.InitiatorField;
import dev.crossway.initiator.application.InitiatorValidationException;
import dev.crossway.initiator.application.MergedSummary;
import dev.crossway.initiator.application.SourceOutcome;
import dev.crossway.initiator.application.Targets;
import dev.crossway.initiator.infrastructure.persistence.StorageJson;
import dev.crossway.initiator.support.Outbound;
import dev.crossway.interop.ccda.CcdaReader;
import dev.crossway.testsupport.Shared;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stored summaries and appointment requests read back as they were written; requests are validated by field. */
class StoredFormsTest {

    @Test
    void aMergedSummaryReadsBackEqual() {
        SummaryMerger m = new SummaryMerger();
        m.add("1.2.3", "doc-a", CcdaReader.read(Shared.bytes("samples/ccda/hl7-c-cda-examples/CCD_1.xml")));
        DocumentRef doc = new DocumentRef("1.2.3.4", "1.2.3.9", "1.2.3", "CCD", "34133-9^^2.16.840.1.113883.6.1", "Summary",
                Instant.now().truncatedTo(ChronoUnit.MILLIS), "text/xml", "Approved", 1234);
        MergedSummary s = m.snapshot(List.of(new SourceOutcome("1.2.3", "Org", SourceOutcome.MATCHED, 12, null, List.of(doc))), 1, true,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));

        MergedSummary back = StorageJson.summary(StorageJson.write(s));

        assertThat(back).isEqualTo(s);
    }

    @Test
    void anAppointmentRequestReadsBackEqual() {
        AppointmentRequest r = new AppointmentRequest(Outbound.context(), Outbound.patient(), Targets.radius(25, "62701"),
                Instant.now().truncatedTo(ChronoUnit.MILLIS), "V-1");

        assertThat(StorageJson.appointment(StorageJson.write(r))).isEqualTo(r);
    }

    @Test
    void invalidRequestsNameTheirField() {
        var ctx = Outbound.context();
        var bad = new dev.crossway.initiator.application.InitiatorContext("u", null, null, "Org", "not-an-oid", null);
        assertThatThrownBy(() -> RequestValidator.context(bad)).isInstanceOf(InitiatorValidationException.class)
                .extracting(e -> ((InitiatorValidationException) e).field()).isEqualTo(InitiatorField.CALLER_ORGANIZATION);
        assertThat(ctx.userRole()).isEqualTo("112247003");
        assertThat(ctx.purposeOfUse()).isEqualTo("TREATMENT");
        var noDob = new dev.crossway.initiator.application.Demographics(List.of(), "Jane", null, "Doe", null, "F",
                null, null, null, null, null, null);
        assertThatThrownBy(() -> RequestValidator.patient(noDob))
                .extracting(e -> ((InitiatorValidationException) e).field()).isEqualTo(InitiatorField.PATIENT_BIRTH_DATE);
        assertThatThrownBy(() -> RequestValidator.targets(new Targets(List.of("x.y"), null, null, false, 0), Outbound.patient()))
                .extracting(e -> ((InitiatorValidationException) e).field()).isEqualTo(InitiatorField.TARGET_ORGANIZATIONS);
    }
}
