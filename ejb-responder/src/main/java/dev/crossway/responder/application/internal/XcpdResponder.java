package dev.crossway.responder.application.internal;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.RandomUuids;
import dev.crossway.interop.xcpd.CorrelationTimeToLive;
import dev.crossway.interop.xcpd.DetectedIssue;
import dev.crossway.interop.xcpd.Hl7v3;
import dev.crossway.interop.xcpd.InstanceId;
import dev.crossway.interop.xcpd.PatientDiscoveryAck;
import dev.crossway.interop.xcpd.PatientDiscoveryAckWriter;
import dev.crossway.interop.xcpd.PatientDiscoveryQuery;
import dev.crossway.interop.xcpd.PatientDiscoveryQueryReader;
import dev.crossway.interop.xcpd.PatientDiscoveryResponse;
import dev.crossway.interop.xcpd.PatientDiscoveryResponseWriter;
import dev.crossway.interop.xcpd.PatientDiscoveryResponses;
import dev.crossway.interop.soap.MtomMessage;
import dev.crossway.interop.soap.WsAddressing;
import dev.crossway.interop.xcpd.AcknowledgementDetail;
import dev.crossway.interop.xcpd.PatientDiscoveryResponseReader;
import dev.crossway.interop.xcpd.PatientMatch;
import dev.crossway.responder.application.GatewayReply;
import dev.crossway.responder.domain.audit.Outcome;
import dev.crossway.responder.domain.audit.Transaction;
import dev.crossway.responder.domain.community.CommunityMode;
import dev.crossway.responder.domain.community.CommunityRepository;
import dev.crossway.responder.domain.community.HostedCommunity;
import dev.crossway.responder.domain.identity.CachedMatch;
import dev.crossway.responder.domain.identity.IdentityKey;
import dev.crossway.responder.domain.identity.Correlations;
import dev.crossway.responder.domain.identity.IdentityStore;
import dev.crossway.responder.domain.identity.Lookup;
import dev.crossway.responder.domain.matching.MatchQuery;
import dev.crossway.responder.infrastructure.downstream.DownstreamClient;
import dev.crossway.responder.infrastructure.downstream.DownstreamException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * ITI-55 for every hosted community: routed by the receiver device's home community id, then the
 * purpose-of-use policy, then (deferred mode refused with NS250) the identity cache and, on a
 * miss, the patient index (stored mode) or the community's own XCPD endpoint (gateway mode: the
 * same query forwarded, its match / several / more attributes / no match cached like ours, so a
 * repeated query never reaches the facility; a facility that fails or is late is an AE
 * {@code AnswerNotAvailable}, or {@code ResponderBusy} on HTTP 503, and is never cached). Answers
 * carry the cache's time to live as {@code CorrelationTimeToLive}. A matched patient is told with
 * what correlation needs (patient id, name, gender, birth time), never every identifier the index
 * holds; an identifier the query's demographics contradict is no match (see {@link PatientIndex}).
 */
final class XcpdResponder {

    private static final Logger LOG = Logger.getLogger(XcpdResponder.class.getName());

    private final CommunityRepository communities;
    private final PatientIndex index;
    private final IdentityStore cache;
    private final Correlations correlations;
    private final GatewayAudit audit;
    private final ResponderSettings settings;
    private final DownstreamClient downstream;

    XcpdResponder(CommunityRepository communities, PatientIndex index, IdentityStore cache, Correlations correlations,
                  GatewayAudit audit,
                  ResponderSettings settings, DownstreamClient downstream) {
        this.communities = communities;
        this.index = index;
        this.cache = cache;
        this.correlations = correlations;
        this.audit = audit;
        this.settings = settings;
        this.downstream = downstream;
    }

    GatewayReply answer(Inbound in) {
        PatientDiscoveryQuery query = PatientDiscoveryQueryReader.read(in.payload());
        Optional<HomeCommunityId> receiver = query.receiver().homeCommunityId();
        if (query.deferred() || Hl7v3.ACTION_DEFERRED_QUERY.equals(in.addressing().action())) {
            // refused before routing: the answer is the same whichever community was asked
            String root = receiver.map(r -> r.oid().value()).orElse("2.25");
            PatientDiscoveryAck ack = PatientDiscoveryAck.deferredModeUnsupported(query,
                    InstanceId.of(root, RandomUuids.next().toString()));
            audit.record(in.requestId(), Transaction.ITI_55, in.initiator(), receiver.map(r -> r.oid().value()).orElse(null),
                    null, List.of(), Outcome.REFUSED, "deferred mode is not supported (NS250)", in.caller());
            return SoapReplies.ok(SoapReplies.envelope(in.addressing(), Hl7v3.ACTION_ACK, PatientDiscoveryAckWriter.write(ack)));
        }
        if (receiver.isEmpty()) {
            return error(in, query, null, DetectedIssue.INTERNAL_ERROR,
                    "the receiver device names no home community (asAgent/representedOrganization/id/@root)", Outcome.ERROR);
        }
        Route route = Route.of(communities, receiver.get(), in.purposeOfUse());
        if (route instanceof Route.Unknown) {
            return error(in, query, receiver.get().oid().value(), DetectedIssue.INTERNAL_ERROR,
                    "community " + receiver.get() + " is not hosted by this gateway", Outcome.ERROR);
        }
        if (route instanceof Route.Refused refused) {
            return error(in, query, receiver.get().oid().value(), DetectedIssue.INTERNAL_ERROR,
                    "policy refusal: " + refused.reason(), Outcome.REFUSED);
        }
        HostedCommunity community = ((Route.To) route).community();
        String hcid = community.homeCommunityId().oid().value();
        MatchQuery matchQuery = MatchQueries.from(query.parameters());
        String requester = in.initiator().homeCommunityId();
        // the lookup reads the generation of the answer's blocks before the index is read: a patient
        // changed meanwhile moves it on, and the answer cached below is never served
        Lookup lookup = cache.lookup(IdentityKey.of(matchQuery, requester, hcid));
        Optional<CachedMatch> cached = lookup.cached();
        CachedMatch result;
        if (cached.isPresent()) {
            result = cached.get();
        } else if (community.mode() == CommunityMode.GATEWAY) {
            return forward(in, query, community, lookup);
        } else {
            result = index.match(community, matchQuery);
            cache.put(lookup, result);
        }
        return respond(in, query, community, result.kind(), result.patients().stream()
                .map(p -> PatientMatches.of(p, community.homeCommunityId())).toList(), result.requestedAttributes(),
                cached.isPresent() ? " (identity cache)" : "", Optional.ofNullable(result.note()));
    }

    /**
     * Gateway mode on a cache miss: the initiator's PRPA_IN201305UV02 as it came (receiver
     * unchanged) to the community's XCPD endpoint; its answer cached and relayed with the
     * downstream's patient ids and custodian, in an envelope of ours.
     */
    private GatewayReply forward(Inbound in, PatientDiscoveryQuery query, HostedCommunity community, Lookup lookup) {
        String hcid = community.homeCommunityId().oid().value();
        Optional<String> url = community.downstreamXcpd();
        if (downstream == null || url.isEmpty()) {
            return error(in, query, hcid, DetectedIssue.ANSWER_NOT_AVAILABLE,
                    "community " + hcid + " has no downstream XCPD endpoint configured", Outcome.ERROR);
        }
        PatientDiscoveryResponse answer;
        try {
            MtomMessage message = downstream.call(url.get(), Hl7v3.ACTION_QUERY, in.payload(), false, in.assertion(),
                    downstream.settings().xcpdTimeout());
            answer = PatientDiscoveryResponseReader.read(message.envelope().payload());
        } catch (DownstreamException e) {
            LOG.log(Level.INFO, "XCPD forwarded for " + hcid + " to " + url.get() + " failed: " + e.getMessage());
            String code = e.kind() == DownstreamException.Kind.BUSY ? DetectedIssue.RESPONDER_BUSY : DetectedIssue.ANSWER_NOT_AVAILABLE;
            return error(in, query, hcid, code, "the gateway of community " + hcid + " gave no answer: " + e.getMessage(),
                    Outcome.ERROR);
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "XCPD forwarded for " + hcid + " to " + url.get() + ": unreadable answer", e);
            return error(in, query, hcid, DetectedIssue.ANSWER_NOT_AVAILABLE, "the gateway of community " + hcid
                    + " answered with an unreadable PRPA_IN201306UV02: " + e.getMessage(), Outcome.ERROR);
        }
        String via = " (downstream gateway)";
        List<PatientMatch> matches = answer.matches().stream()
                .map(m -> PatientMatches.minimised(m, community.homeCommunityId())).toList();
        CachedMatch.Kind kind;
        switch (answer.outcome()) {
            case MATCH, MULTIPLE_MATCHES -> kind = CachedMatch.Kind.MATCH;
            case MORE_ATTRIBUTES_REQUESTED -> kind = CachedMatch.Kind.MORE_ATTRIBUTES_REQUESTED;
            case NO_MATCH -> kind = CachedMatch.Kind.NO_MATCH;
            default -> {
                String code = answer.errorCodes().isEmpty() ? DetectedIssue.ANSWER_NOT_AVAILABLE : answer.errorCodes().get(0);
                String text = answer.acknowledgementDetails().stream().map(AcknowledgementDetail::text)
                        .flatMap(Optional::stream).findFirst().orElse("no detail given");
                return error(in, query, hcid, code, "the gateway of community " + hcid + " answered with an error: " + text,
                        Outcome.ERROR);
            }
        }
        try {
            cache.put(lookup, new CachedMatch(hcid, kind, matches.stream().map(PatientMatches::cached).toList(),
                    answer.requestedAttributes()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the downstream answer of " + hcid + " could not be cached", e);
        }
        return respond(in, query, community, kind, matches, answer.requestedAttributes(), via, Optional.empty());
    }

    /**
     * The answer and its audit records. A {@code note} (the index ignored a contradicted identifier)
     * joins each record's detail, and an answer that is then no match is audited as REFUSED: someone
     * named a patient's id without knowing the patient, which is what walking MRNs looks like.
     */
    private GatewayReply respond(Inbound in, PatientDiscoveryQuery query, HostedCommunity community, CachedMatch.Kind kind,
                                 List<PatientMatch> matches, List<String> requestedAttributes, String via,
                                 Optional<String> note) {
        String hcid = community.homeCommunityId().oid().value();
        Outcome notMatched = note.isPresent() ? Outcome.REFUSED : Outcome.NO_MATCH;
        String suffix = note.map(n -> "; " + n).orElse("") + via;
        InstanceId id = newId(community);
        PatientDiscoveryResponse response;
        switch (kind) {
            case MATCH -> {
                response = PatientDiscoveryResponses.matches(query, id, matches);
                for (PatientMatch m : matches) {
                    // the id this initiator may now ask XCA for (XcaQueryResponder checks it)
                    correlations.disclosed(in.initiatorKey(), hcid, m.patientId().toCx(), settings.cacheTtl());
                    audit.record(in.requestId(), Transaction.ITI_55, in.initiator(), hcid, m.patientId().toCx(), List.of(),
                            Outcome.SUCCESS, "match score " + m.score().map(String::valueOf).orElse("(none)") + suffix,
                            in.caller());
                }
            }
            case MORE_ATTRIBUTES_REQUESTED -> {
                response = PatientDiscoveryResponses.moreAttributesRequested(query, id, requestedAttributes);
                audit.record(in.requestId(), Transaction.ITI_55, in.initiator(), hcid, null, List.of(), notMatched,
                        "more attributes requested: " + String.join(", ", requestedAttributes) + suffix, in.caller());
            }
            default -> {
                response = PatientDiscoveryResponses.noMatch(query, id);
                audit.record(in.requestId(), Transaction.ITI_55, in.initiator(), hcid, null, List.of(), notMatched,
                        "no match" + suffix, in.caller());
            }
        }
        return reply(in, response);
    }

    private GatewayReply error(Inbound in, PatientDiscoveryQuery query, String hcid, String code, String text, Outcome outcome) {
        InstanceId id = InstanceId.of(hcid == null ? "2.25" : hcid, RandomUuids.next().toString());
        audit.record(in.requestId(), Transaction.ITI_55, in.initiator(), hcid, null, List.of(), outcome, code + ": " + text,
                in.caller());
        return reply(in, PatientDiscoveryResponses.error(query, id, code, text));
    }

    /** The answer written straight to its bytes, envelope and CorrelationTimeToLive header included (no DOM). */
    private GatewayReply reply(Inbound in, PatientDiscoveryResponse response) {
        return SoapReplies.ok(PatientDiscoveryResponseWriter.envelope(WsAddressing.responseTo(in.addressing(), Hl7v3.ACTION_RESPONSE),
                response, Optional.of(new CorrelationTimeToLive(settings.cacheTtl()))));
    }

    private static InstanceId newId(HostedCommunity community) {
        return InstanceId.of(community.homeCommunityId().oid().value(), RandomUuids.next().toString());
    }
}
