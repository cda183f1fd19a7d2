package dev.crossway.initiator.application.internal;

import dev.crossway.initiator.application.Demographics;
import dev.crossway.initiator.application.DiscoveryResult;
import dev.crossway.initiator.application.DocumentFilter;
import dev.crossway.initiator.application.DocumentList;
import dev.crossway.initiator.application.DocumentRef;
import dev.crossway.initiator.application.InitiatorContext;
import dev.crossway.initiator.application.Match;
import dev.crossway.initiator.application.MergedSummary;
import dev.crossway.initiator.application.ProgressEvent;
import dev.crossway.initiator.application.RetrievedDocument;
import dev.crossway.initiator.application.SourceOutcome;
import dev.crossway.initiator.domain.Community;
import dev.crossway.initiator.infrastructure.outbound.DiscoveryAnswer;
import dev.crossway.initiator.infrastructure.outbound.Gateway;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One patient query in flight: XCPD at every target; as soon as a community matches, its
 * FindDocuments; as soon as it lists documents, their retrieval (C-CDA only) and reading; each
 * document merged as it arrives. Communities do not wait for each other. Everything completes by
 * the overall deadline (the longest stage timeout) because every call does.
 */
final class PatientQueryRun {

    /** Matches followed per community (a community answering with many candidates is not trusted with more). */
    static final int MAX_MATCHES_PER_COMMUNITY = 3;
    /** C-CDAs retrieved per community. */
    static final int MAX_DOCUMENTS_PER_COMMUNITY = 50;
    private static final Set<String> CCDA_TYPES = Set.of("text/xml", "application/xml", "application/hl7-v3+xml",
            "application/hl7-cda+xml");

    /** What the run leaves behind: the merged summary, the discovery (for patient links) and the documents retrieved. */
    record Outcome(MergedSummary summary, DiscoveryResult discovery, List<String> retrieved) {
    }

    private final Gateway gateway;
    private final InitiatorContext context;
    private final Demographics patient;
    private final List<Community> targets;
    private final Consumer<ProgressEvent> events;
    private final SummaryMerger merger = new SummaryMerger();
    private final Map<String, SourceOutcome> sources = new LinkedHashMap<>();
    private final List<Match> matches = new ArrayList<>();
    private final Instant deadline;
    private final Progress progress;
    private int documentsFound;
    private Consumer<DiscoveryResult> beforeCompleted = d -> { };
    private Consumer<Outcome> audit = o -> { };
    private final List<String> retrieved = new ArrayList<>();
    private final Map<String, List<StoredLink>> stored = new java.util.concurrent.ConcurrentHashMap<>();

    /** A community's patient id remembered from an earlier discovery, still within the community's time to live. */
    record StoredLink(dev.crossway.interop.id.PatientId remoteId, Instant discoveredAt, Instant validUntil) {
    }

    PatientQueryRun(Gateway gateway, InitiatorContext context, Demographics patient, List<Community> targets,
                    List<SourceOutcome> skipped, Consumer<ProgressEvent> events) {
        this.gateway = gateway;
        this.context = context;
        this.patient = patient;
        this.targets = targets;
        this.events = events;
        this.deadline = gateway.now().plus(overall(gateway));
        this.progress = new Progress(targets.size());
        targets.forEach(c -> sources.put(c.organizationId(), new SourceOutcome(c.organizationId(), c.organizationName(),
                SourceOutcome.TIMEOUT, 0, "no answer yet", null)));
        skipped.forEach(s -> sources.put(s.organizationId(), s));
    }

    /** The overall deadline of a patient query: the longest of the stage timeouts. */
    static Duration overall(Gateway gateway) {
        var s = gateway.settings();
        return Stream.of(s.xcpdTimeout(), s.queryTimeout(), s.retrieveTimeout()).max(Duration::compareTo).orElseThrow();
    }

    /** Runs {@code work} (say, keeping the patient links) after the last answer and before the Completed event. */
    PatientQueryRun beforeCompleted(Consumer<DiscoveryResult> work) {
        beforeCompleted = work;
        return this;
    }

    /**
     * Runs {@code audit} once the run is over and before anyone learns its result: if it throws,
     * the run fails instead of answering (an access that is not accounted for is not answered).
     */
    PatientQueryRun audited(Consumer<Outcome> audit) {
        this.audit = audit;
        return this;
    }

    /**
     * Communities (by organization id) not to ask again: their stored links name the patient
     * there, and their documents are listed under those ids straight away.
     */
    PatientQueryRun reusing(Map<String, List<StoredLink>> links) {
        stored.clear();
        stored.putAll(links);
        return this;
    }

    /**
     * The communities whose answer came from a stored link rather than a discovery now (a community
     * that no longer knew the stored id was asked again, and is not among them).
     */
    java.util.Set<String> reused() {
        return java.util.Set.copyOf(stored.keySet());
    }

    CompletableFuture<Outcome> start() {
        emit(ProgressEvent.STARTED, targets.size() + " communities", null);
        List<CompletableFuture<Void>> pipelines = targets.stream()
                .map(c -> discovery(c).thenCompose(a -> discovered(c, a))).toList();
        return CompletableFuture.allOf(pipelines.toArray(CompletableFuture[]::new)).thenApply(v -> finish());
    }

    private CompletableFuture<DiscoveryAnswer> discovery(Community c) {
        List<StoredLink> links = stored.get(c.organizationId());
        if (links == null || links.isEmpty()) {
            return gateway.discover(context, patient, c, deadline);
        }
        Instant discoveredAt = links.stream().map(StoredLink::discoveredAt).max(Instant::compareTo).orElseThrow();
        Instant validUntil = links.stream().map(StoredLink::validUntil).min(Instant::compareTo).orElseThrow();
        SourceOutcome source = new SourceOutcome(c.organizationId(), c.organizationName(), SourceOutcome.MATCHED, 0, null, null,
                new SourceOutcome.StoredLinkUse(discoveredAt, validUntil));
        return CompletableFuture.completedFuture(new DiscoveryAnswer(source, links.stream()
                .map(l -> new Match(c.organizationId(), c.organizationName(), List.of(l.remoteId()), patient)).toList()));
    }

    /** The summary so far (sources in target order; incomplete). */
    MergedSummary partial() {
        return summary(false);
    }

    private CompletableFuture<Void> discovered(Community c, DiscoveryAnswer a) {
        synchronized (this) {
            sources.put(c.organizationId(), a.source());
            matches.addAll(a.matches());
        }
        progress.discovered(a.matches().isEmpty());
        emit(ProgressEvent.DISCOVERED, c.organizationId() + ": " + a.source().status(), a.source());
        if (a.matches().isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        List<CompletableFuture<DocumentList>> lists = a.matches().stream().limit(MAX_MATCHES_PER_COMMUNITY)
                .map(m -> gateway.find(context, c, m.identifiers().get(0), DocumentFilter.all(), deadline)).toList();
        return CompletableFuture.allOf(lists.toArray(CompletableFuture[]::new)).thenCompose(v -> {
            List<DocumentList> got = lists.stream().map(CompletableFuture::join).toList();
            if (a.source().storedLink() != null && got.stream().allMatch(PatientQueryRun::unknownPatient)) {
                return askAgain(c, a);
            }
            return listed(c, a.source(), got);
        });
    }

    /** The community answered that it does not know the id a stored link named. */
    private static boolean unknownPatient(DocumentList list) {
        String error = list.source().error();
        return error != null && error.contains("XDSUnknownPatientId");
    }

    /**
     * A stored link the community no longer honours (it forgot the correlation, restarted, or the
     * patient moved): the link is dropped from this run and the community is asked with XCPD, as
     * if no link had been stored; the new discovery is kept as the link.
     */
    private CompletableFuture<Void> askAgain(Community c, DiscoveryAnswer stale) {
        synchronized (this) {
            matches.removeAll(stale.matches());
            stored.remove(c.organizationId());
        }
        progress.askedAgain(!stale.matches().isEmpty());
        emit(ProgressEvent.DISCOVERED, c.organizationId() + ": stored link no longer known there, asked again", null);
        return gateway.discover(context, patient, c, deadline).thenCompose(fresh -> discovered(c, fresh));
    }

    private CompletableFuture<Void> listed(Community c, SourceOutcome discovery, List<DocumentList> lists) {
        Map<String, DocumentRef> docs = new LinkedHashMap<>();
        lists.forEach(l -> l.documents().forEach(d -> docs.putIfAbsent(d.id(), d)));
        List<String> errors = lists.stream().map(DocumentList::source).filter(s -> s.error() != null)
                .map(s -> "XCA query: " + s.error()).toList();
        DocumentList failed = lists.stream().filter(l -> !SourceOutcome.OK.equals(l.source().status())).findFirst().orElse(null);
        String status = docs.isEmpty() && failed != null ? failed.source().status() : discovery.status();
        SourceOutcome now = discovery.with(status,
                discovery.elapsedMs() + lists.stream().mapToLong(l -> l.source().elapsedMs()).max().orElse(0),
                errors.isEmpty() ? null : String.join("; ", errors), List.copyOf(docs.values()));
        List<DocumentRef> wanted = docs.values().stream()
                .filter(d -> d.mimeType() == null || CCDA_TYPES.contains(d.mimeType().toLowerCase(java.util.Locale.ROOT)))
                .filter(d -> !"Deprecated".equals(d.status()))
                .limit(MAX_DOCUMENTS_PER_COMMUNITY).toList();
        synchronized (this) {
            sources.put(c.organizationId(), now);
            documentsFound += docs.size();
        }
        progress.listed(wanted.size());
        emit(ProgressEvent.LISTED, c.organizationId() + ": " + docs.size() + " documents", now);
        return gateway.retrieve(context, c, wanted, deadline).thenAccept(got -> retrieved(c, got));
    }

    private void retrieved(Community c, List<RetrievedDocument> got) {
        List<String> failures = new ArrayList<>();
        for (RetrievedDocument d : got) {
            if (d.content() != null || d.summary() != null) {
                synchronized (this) {
                    retrieved.add(d.documentId());
                }
            }
            if (d.summary() != null) {
                merger.add(c.organizationId(), d.documentId(), d.summary());
            } else if (!SourceOutcome.OK.equals(d.source().status())) {
                failures.add(d.documentId() + ": " + d.source().error());
            }
            progress.retrievedOne();
            emit(ProgressEvent.RETRIEVED, d.documentId(), null);
        }
        if (!failures.isEmpty()) {
            synchronized (this) {
                SourceOutcome s = sources.get(c.organizationId());
                String error = "retrieve: " + failures.size() + " of " + got.size() + " failed (" + failures.get(0) + ")";
                sources.put(c.organizationId(), s.with(s.status(), s.elapsedMs(), s.error() == null ? error : s.error() + "; " + error,
                        s.documents()));
            }
        }
    }

    private Outcome finish() {
        MergedSummary summary = summary(true);
        DiscoveryResult discovery;
        List<String> documents;
        synchronized (this) {
            discovery = new DiscoveryResult(matches, List.copyOf(sources.values()));
            documents = List.copyOf(retrieved);
        }
        try {
            beforeCompleted.accept(discovery);
        } catch (RuntimeException e) {
            java.util.logging.Logger.getLogger(PatientQueryRun.class.getName())
                    .log(java.util.logging.Level.WARNING, "patient links not kept", e);
        }
        Outcome outcome = new Outcome(summary, discovery, documents);
        audit.accept(outcome);
        emitFinal(summary);
        return outcome;
    }

    private synchronized MergedSummary summary(boolean done) {
        List<SourceOutcome> list = List.copyOf(sources.values());
        boolean clean = done && list.stream().allMatch(s -> s.error() == null
                || SourceOutcome.MORE_ATTRIBUTES_REQUESTED.equals(s.status()));
        return merger.snapshot(list, documentsFound, clean, gateway.now());
    }

    private void emit(String type, String message, SourceOutcome source) {
        events.accept(new ProgressEvent(type, progress.percent(), message, source, null, gateway.now()));
    }

    private void emitFinal(MergedSummary summary) {
        events.accept(new ProgressEvent(ProgressEvent.COMPLETED, 100, summary.sources().size() + " communities, "
                + summary.header().parsedDocuments() + " documents read", null, summary, gateway.now()));
    }
}
