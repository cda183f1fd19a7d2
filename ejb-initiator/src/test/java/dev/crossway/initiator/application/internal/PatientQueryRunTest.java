package dev.crossway.initiator.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.initiator.application.MergedSummary;
import dev.crossway.initiator.application.ProgressEvent;
import dev.crossway.initiator.application.SourceOutcome;
import dev.crossway.initiator.domain.Community;
import dev.crossway.initiator.domain.EndpointProfiles;
import dev.crossway.initiator.support.FakePeers;
import dev.crossway.initiator.support.FakePeers.Reply;
import dev.crossway.initiator.support.Outbound;
import dev.crossway.initiator.support.Responses;
import dev.crossway.initiator.support.Shared;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The whole chain over real HTTP: XCPD, XCA query, retrieve, C-CDA, merge; with a community that never answers. */
class PatientQueryRunTest {

    private final FakePeers peers = new FakePeers();
    private final Outbound out = new Outbound(Outbound.fast(Duration.ofSeconds(4)), EndpointProfiles.defaults());

    @AfterEach
    void close() {
        out.close();
        peers.close();
    }

    private Community community(String name, String oid, byte[] ccd) {
        byte[] listing = new String(Responses.sample("metriport/dq_multiple_docs.soap.xml"), StandardCharsets.UTF_8)
                .replace("application/pdf", "text/xml").getBytes(StandardCharsets.UTF_8);
        return new Community(oid, name,
                peers.peer(name + "-xcpd", Responses.xcpdMatch("P-" + name, oid)),
                peers.peer(name + "-query", b -> Reply.soap(listing)),
                peers.peer(name + "-retrieve", Responses.retrieveServing(id -> ccd)));
    }

    @Test
    void documentsFromEveryMatchedCommunityAreMergedWithProvenance() {
        byte[] ccd1 = Shared.bytes("samples/ccda/hl7-c-cda-examples/CCD_1.xml");
        byte[] ccd2 = Shared.bytes("samples/ccda/hl7-c-cda-examples/CCD_2.xml");
        Community a = community("a", "2.16.840.1.113883.3.7001", ccd1);
        Community b = community("b", "2.16.840.1.113883.3.7002", ccd2);
        Community silent = new Community("2.16.840.1.113883.3.7003", "silent", peers.peer("silent", x -> Reply.never()), null, null);
        List<ProgressEvent> events = new CopyOnWriteArrayList<>();

        long start = System.nanoTime();
        PatientQueryRun run = new PatientQueryRun(out.gateway, Outbound.context(), Outbound.patient(), List.of(a, b, silent),
                List.of(), events::add);
        PatientQueryRun.Outcome outcome = run.start().join();
        long elapsed = (System.nanoTime() - start) / 1_000_000;

        MergedSummary s = outcome.summary();
        assertThat(elapsed).isLessThan(4000 + 1000);
        assertThat(s.sources()).extracting(SourceOutcome::status)
                .containsExactly(SourceOutcome.MATCHED, SourceOutcome.MATCHED, SourceOutcome.TIMEOUT);
        assertThat(s.sources().get(0).documents()).hasSize(2);
        assertThat(s.header().parsedDocuments()).as(s.sources().toString()).isEqualTo(4);
        assertThat(s.header().complete()).isFalse();
        assertThat(s.medications()).isNotEmpty();
        assertThat(s.medications()).allSatisfy(e -> assertThat(e.provenance()).hasSizeGreaterThanOrEqualTo(2));
        assertThat(s.medications()).anySatisfy(e -> assertThat(e.provenance())
                .extracting(p -> p.organizationId()).contains(a.organizationId()));
        assertThat(s.procedures()).anySatisfy(e -> assertThat(e.provenance())
                .extracting(p -> p.organizationId()).contains(b.organizationId()));
        assertThat(outcome.discovery().matches()).hasSize(2);
        assertThat(events.get(0).type()).isEqualTo(ProgressEvent.STARTED);
        assertThat(events.get(events.size() - 1).type()).isEqualTo(ProgressEvent.COMPLETED);
        assertThat(events.get(events.size() - 1).summary()).isSameAs(s);
        assertThat(events).extracting(ProgressEvent::percent).isSorted();
    }
}
