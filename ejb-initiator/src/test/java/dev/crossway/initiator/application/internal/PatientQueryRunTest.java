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
import dev.crossway.testsupport.Shared;
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

    @Test
    void aCommunityWithAStoredLinkIsNotAskedAgainAndItsDocumentsAreListedUnderTheStoredId() {
        String xcpd = peers.peer("linked-xcpd", Responses.xcpdMatch("P-linked", "2.16.840.1.113883.3.7011"));
        byte[] listing = new String(Responses.sample("metriport/dq_multiple_docs.soap.xml"), StandardCharsets.UTF_8)
                .replace("application/pdf", "text/xml").getBytes(StandardCharsets.UTF_8);
        String query = peers.peer("linked-query", b -> Reply.soap(listing));
        byte[] ccd = Shared.bytes("samples/ccda/hl7-c-cda-examples/CCD_1.xml");
        Community linked = new Community("2.16.840.1.113883.3.7011", "linked", xcpd, query,
                peers.peer("linked-retrieve", Responses.retrieveServing(id -> ccd)));
        java.time.Instant found = java.time.Instant.parse("2026-12-05T08:00:00Z");
        java.time.Instant until = found.plus(Duration.ofHours(24));
        dev.crossway.interop.id.PatientId stored = new dev.crossway.interop.id.PatientId("P-stored",
                dev.crossway.interop.id.Oid.of("2.16.840.1.113883.3.7011.1"));

        PatientQueryRun run = new PatientQueryRun(out.gateway, Outbound.context(), Outbound.patient(), List.of(linked), List.of(),
                e -> { }).reusing(java.util.Map.of(linked.organizationId(), List.of(new PatientQueryRun.StoredLink(stored, found, until))));
        PatientQueryRun.Outcome outcome = run.start().join();

        assertThat(peers.count(xcpd)).as("no XCPD to a community a stored link names the patient at").isZero();
        assertThat(new String(peers.requests(query).get(0), StandardCharsets.UTF_8)).as("FindDocuments under the stored id")
                .contains("P-stored");
        SourceOutcome source = outcome.summary().sources().get(0);
        assertThat(source.status()).isEqualTo(SourceOutcome.MATCHED);
        assertThat(source.storedLink()).isEqualTo(new SourceOutcome.StoredLinkUse(found, until));
        assertThat(source.documents()).isNotEmpty();
        assertThat(outcome.discovery().matches()).singleElement().satisfies(m -> assertThat(m.identifiers()).containsExactly(stored));
    }

    @Test
    void aStoredLinkTheCommunityNoLongerKnowsIsDroppedAndTheCommunityIsAskedAgain() {
        // the community forgot the correlation (it restarted): the stored id is unknown there, the discovered one is not
        String xcpd = peers.peer("forgetful-xcpd", Responses.xcpdMatch("P-again", "2.16.840.1.113883.3.7012"));
        byte[] listing = new String(Responses.sample("metriport/dq_multiple_docs.soap.xml"), StandardCharsets.UTF_8)
                .replace("application/pdf", "text/xml").getBytes(StandardCharsets.UTF_8);
        byte[] unknown = Responses.soap(dev.crossway.interop.xca.AdhocQueryResponseWriter.write(dev.crossway.interop.xca.AdhocQueryResponse
                .failure(dev.crossway.interop.xca.RegistryError.error(dev.crossway.interop.xca.RegistryError.UNKNOWN_PATIENT_ID,
                        "patient P-stored is not known", null))), dev.crossway.interop.xca.EbXml.ACTION_QUERY_RESPONSE);
        String query = peers.peer("forgetful-query", b -> Reply.soap(new String(b, StandardCharsets.UTF_8).contains("P-stored")
                ? unknown : listing));
        byte[] ccd = Shared.bytes("samples/ccda/hl7-c-cda-examples/CCD_1.xml");
        Community forgetful = new Community("2.16.840.1.113883.3.7012", "forgetful", xcpd, query,
                peers.peer("forgetful-retrieve", Responses.retrieveServing(id -> ccd)));
        java.time.Instant found = java.time.Instant.parse("2026-12-05T08:00:00Z");
        dev.crossway.interop.id.PatientId stored = new dev.crossway.interop.id.PatientId("P-stored",
                dev.crossway.interop.id.Oid.of("2.16.840.1.113883.3.7012.1"));

        PatientQueryRun run = new PatientQueryRun(out.gateway, Outbound.context(), Outbound.patient(), List.of(forgetful), List.of(),
                e -> { }).reusing(java.util.Map.of(forgetful.organizationId(),
                        List.of(new PatientQueryRun.StoredLink(stored, found, found.plus(Duration.ofHours(24))))));
        PatientQueryRun.Outcome outcome = run.start().join();

        assertThat(peers.count(xcpd)).as("asked again with XCPD after the stored id was unknown").isEqualTo(1);
        SourceOutcome source = outcome.summary().sources().get(0);
        assertThat(source.status()).isEqualTo(SourceOutcome.MATCHED);
        assertThat(source.storedLink()).as("answered by the discovery, not the stale link").isNull();
        assertThat(source.documents()).isNotEmpty();
        assertThat(outcome.discovery().matches()).singleElement()
                .satisfies(m -> assertThat(m.identifiers().get(0).value()).isEqualTo("P-again"));
        assertThat(run.reused()).as("the new discovery is kept as the link").isEmpty();
    }
}
