package dev.crossway.responder.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.soap.SoapFault;
import dev.crossway.interop.xcpd.Hl7v3;
import dev.crossway.responder.application.GatewayReply;
import dev.crossway.responder.application.GatewayRequest;
import dev.crossway.responder.application.PatientForm;
import dev.crossway.responder.domain.audit.AuditRecord;
import dev.crossway.responder.domain.audit.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A gateway reply is released only once its audit records are committed, and an answer never without them. */
class RecordedAnswerTest {

    private GatewayFixture f;
    private byte[] request;

    @BeforeEach
    void host() {
        f = new GatewayFixture();
        f.host(XcpdResponderTest.HCID, XcpdResponderTest.AUTHORITY);
        f.patientService.register(new PatientForm(XcpdResponderTest.HCID, List.of(new PatientId("DE-1",
                Oid.of(XcpdResponderTest.AUTHORITY))), "Daniel", "Peter", "Evans", LocalDate.of(1957, 4, 23), "Male",
                "809 First Ave", "Springfield", "MO", "40090", "920-989-0987", null), "test");
        request = GatewayFixture.signed(Hl7Edits.nist(), Hl7v3.ACTION_QUERY, GatewayFixture.XCPD_URL);
        f.audit.clear();
    }

    private GatewayPipeline.Answered answer(byte[] body) {
        return f.pipeline().answer(GatewayEndpoint.XCPD, new GatewayRequest(body, "application/soap+xml; charset=UTF-8",
                "192.0.2.10"));
    }

    @Test
    void theAnswerWaitsForEveryCommitAndIsThenSentAsBuilt() {
        GatewayPipeline.Answered answered = answer(request);
        List<AuditRecord> records = List.copyOf(f.audit);
        assertThat(records).isNotEmpty();
        CompletableFuture<Void> first = new CompletableFuture<>();
        CompletableFuture<Void> second = new CompletableFuture<>();

        CompletableFuture<GatewayReply> sent = RecordedAnswer.once(GatewayEndpoint.XCPD, answered, records,
                List.of(first, second)).toCompletableFuture();
        assertThat(sent).as("nothing committed yet").isNotDone();
        first.complete(null);
        assertThat(sent).as("one record of two committed").isNotDone();
        second.complete(null);

        GatewayReply reply = sent.getNow(null);
        assertThat(reply.httpStatus()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(answered.reply().body());
        assertThat(reply.servedRequest()).hasValueSatisfying(served -> {
            assertThat(served.outcome()).isEqualTo(Outcome.SUCCESS);
            assertThat(served.requestId()).isEqualTo(records.get(0).requestId());
        });
    }

    @Test
    void anAnswerWhoseRecordCannotBeCommittedBecomesAReceiverFaultThatDisclosesNothing() {
        GatewayPipeline.Answered answered = answer(request);
        assertThat(new String(answered.reply().body(), StandardCharsets.UTF_8)).contains("DE-1");
        CompletableFuture<Void> committed = CompletableFuture.completedFuture(null);
        CompletableFuture<Void> lost = CompletableFuture.failedFuture(new IllegalStateException("the database is gone"));

        GatewayReply reply = RecordedAnswer.once(GatewayEndpoint.XCPD, answered, List.copyOf(f.audit),
                List.of(committed, lost)).toCompletableFuture().getNow(null);

        assertThat(reply.httpStatus()).isEqualTo(500);
        SoapFault fault = GatewayFixture.fault(reply);
        assertThat(fault.code()).isEqualTo(SoapFault.Code.RECEIVER);
        assertThat(fault.reason()).contains("could not record the request").contains(answered.requestId().id());
        assertThat(new String(reply.body(), StandardCharsets.UTF_8)).doesNotContain("DE-1").doesNotContain("Evans");
        assertThat(GatewayFixture.relatesTo(reply)).isEqualTo(SoapEnvelope.parse(request).addressing().messageId());
        assertThat(reply.servedRequest()).hasValueSatisfying(served -> assertThat(served.outcome()).isEqualTo(Outcome.ERROR));
    }

    @Test
    void aFaultIsSentAsItIsWhetherOrNotItsRecordIsCommitted() {
        byte[] unsigned = SoapEnvelope.create(dev.crossway.interop.soap.WsAddressing.request(Hl7v3.ACTION_QUERY,
                GatewayFixture.XCPD_URL), Hl7Edits.nist()).toBytes();
        GatewayPipeline.Answered answered = answer(unsigned);
        assertThat(answered.reply().httpStatus()).isEqualTo(400);

        GatewayReply reply = RecordedAnswer.once(GatewayEndpoint.XCPD, answered, List.copyOf(f.audit),
                List.of(CompletableFuture.failedFuture(new IllegalStateException("the database is gone"))))
                .toCompletableFuture().getNow(null);

        assertThat(reply.httpStatus()).isEqualTo(400);
        assertThat(reply.body()).isEqualTo(answered.reply().body());
    }
}
