package dev.crossway.initiator.infrastructure.outbound;

import dev.crossway.initiator.application.Demographics;
import dev.crossway.initiator.application.DiscoveryResult;
import dev.crossway.initiator.application.DocumentFilter;
import dev.crossway.initiator.application.DocumentList;
import dev.crossway.initiator.application.DocumentRef;
import dev.crossway.initiator.application.InitiatorContext;
import dev.crossway.initiator.application.RetrievedDocument;
import dev.crossway.initiator.application.SourceOutcome;
import dev.crossway.initiator.domain.Community;
import dev.crossway.initiator.domain.EndpointProfile;
import dev.crossway.initiator.domain.EndpointProfiles;
import dev.crossway.interop.id.PatientId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.w3c.dom.Element;

/**
 * The initiating gateway's three transactions against one community each, as futures that
 * complete by their deadline with a status, never exceptionally: the building block of every
 * fan-out. Requests are built and signed lazily, on the executor, once a call holds its permits.
 */
public final class Gateway {

    private final SoapClient client;
    private final Envelopes envelopes;
    private final EndpointProfiles profiles;
    private final Clock clock;

    public Gateway(SoapClient client, Envelopes envelopes, EndpointProfiles profiles, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.envelopes = Objects.requireNonNull(envelopes, "envelopes");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public SoapClient client() {
        return client;
    }

    public OutboundSettings settings() {
        return client.settings();
    }

    public Instant now() {
        return clock.instant();
    }

    /** ITI-55 to the community's XCPD endpoint. */
    public CompletableFuture<DiscoveryAnswer> discover(InitiatorContext ctx, Demographics patient, Community c, Instant deadline) {
        if (c.xcpdUrl() == null) {
            return CompletableFuture.completedFuture(new DiscoveryAnswer(
                    Outcomes.of(c, SourceOutcome.SKIPPED, 0, "no XCPD ITI-55 endpoint"), List.of()));
        }
        return call(ctx, c, c.xcpdUrl(), Transaction.XCPD, deadline,
                () -> XcpdMessages.query(patient, envelopes.home(), c.organizationId()))
                .thenApply(r -> XcpdMessages.answer(c, r));
    }

    /**
     * ITI-55 to every community at once; completes when all answered or timed out, by the XCPD
     * timeout at the latest. Sources and matches come in the order of {@code targets};
     * {@code onEach} hears every answer as it arrives (on an executor thread).
     */
    public CompletableFuture<DiscoveryResult> discoverAll(InitiatorContext ctx, Demographics patient, List<Community> targets,
                                                          Instant deadline, Consumer<DiscoveryAnswer> onEach) {
        List<CompletableFuture<DiscoveryAnswer>> calls = targets.stream()
                .map(c -> discover(ctx, patient, c, deadline).thenApply(a -> {
                    onEach.accept(a);
                    return a;
                })).toList();
        return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).thenApply(v -> {
            List<DiscoveryAnswer> answers = calls.stream().map(CompletableFuture::join).toList();
            return new DiscoveryResult(answers.stream().flatMap(a -> a.matches().stream()).toList(),
                    answers.stream().map(DiscoveryAnswer::source).toList());
        });
    }

    /** ITI-38 FindDocuments at the community's XCA query endpoint. */
    public CompletableFuture<DocumentList> find(InitiatorContext ctx, Community c, PatientId patient, DocumentFilter filter,
                                                Instant deadline) {
        if (c.queryUrl() == null) {
            return CompletableFuture.completedFuture(new DocumentList(List.of(),
                    Outcomes.of(c, SourceOutcome.SKIPPED, 0, "no XCA ITI-38 endpoint")));
        }
        return call(ctx, c, c.queryUrl(), Transaction.XCA_QUERY, deadline,
                () -> XcaMessages.findDocuments(patient, c.organizationId(), filter))
                .thenApply(r -> QueryAnswers.documents(c, r));
    }

    /**
     * ITI-39 of these documents, in requests of at most the endpoint's documents-per-retrieve,
     * in parallel; one result per document asked for, in order.
     */
    public CompletableFuture<List<RetrievedDocument>> retrieve(InitiatorContext ctx, Community c, List<DocumentRef> documents,
                                                               Instant deadline) {
        if (documents.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        if (c.retrieveUrl() == null) {
            SourceOutcome skipped = Outcomes.of(c, SourceOutcome.SKIPPED, 0, "no XCA ITI-39 endpoint");
            return CompletableFuture.completedFuture(documents.stream().map(d -> RetrieveAnswers.failed(d, skipped)).toList());
        }
        int size = profiles.of(c.retrieveUrl()).documentsPerRetrieve();
        List<CompletableFuture<List<RetrievedDocument>>> chunks = new ArrayList<>();
        for (List<DocumentRef> chunk : chunks(documents, size)) {
            chunks.add(call(ctx, c, c.retrieveUrl(), Transaction.XCA_RETRIEVE, deadline,
                    () -> XcaMessages.retrieve(chunk, c.organizationId()))
                    .thenApply(r -> RetrieveAnswers.documents(c, chunk, r)));
        }
        return CompletableFuture.allOf(chunks.toArray(CompletableFuture[]::new))
                .thenApply(v -> chunks.stream().flatMap(f -> f.join().stream()).toList());
    }

    private CompletableFuture<CallResult> call(InitiatorContext ctx, Community c, String url, Transaction t, Instant deadline,
                                               java.util.function.Supplier<Element> payload) {
        EndpointProfile profile = profiles.of(url);
        Duration timeout = timeout(profile, t, deadline);
        return client.call(new SoapCall(url, t, c.organizationId(),
                () -> envelopes.build(payload.get(), t, url, ctx, profile), timeout, profile.maxConcurrency()));
    }

    private Duration timeout(EndpointProfile p, Transaction t, Instant deadline) {
        Duration own = switch (t) {
            case XCPD -> p.xcpdTimeout();
            case XCA_QUERY -> p.queryTimeout();
            case XCA_RETRIEVE -> p.retrieveTimeout();
        };
        Duration d = own != null ? own : client.settings().timeoutOf(t);
        if (deadline != null) {
            Duration left = Duration.between(clock.instant(), deadline);
            d = left.compareTo(d) < 0 ? left : d;
        }
        return d.isNegative() || d.isZero() ? Duration.ofMillis(1) : d;
    }

    static <T> List<List<T>> chunks(List<T> items, int size) {
        Map<Integer, List<T>> byChunk = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            byChunk.computeIfAbsent(i / size, k -> new ArrayList<>()).add(items.get(i));
        }
        return List.copyOf(byChunk.values());
    }

}
