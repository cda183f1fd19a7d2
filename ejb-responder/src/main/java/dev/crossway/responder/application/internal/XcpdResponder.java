package dev.crossway.responder.application.internal;

import dev.crossway.interop.id.HomeCommunityId;
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
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.responder.application.GatewayReply;
import dev.crossway.responder.domain.audit.Outcome;
import dev.crossway.responder.domain.audit.Transaction;
import dev.crossway.responder.domain.community.CommunityMode;
import dev.crossway.responder.domain.community.CommunityRepository;
import dev.crossway.responder.domain.community.HostedCommunity;
import dev.crossway.responder.domain.identity.CachedMatch;
import dev.crossway.responder.domain.identity.CachedPatient;
import dev.crossway.responder.domain.identity.IdentityKey;
import dev.crossway.responder.domain.identity.IdentityStore;
import dev.crossway.responder.domain.matching.MatchQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * ITI-55 for every hosted community: routed by the receiver device's home community id, then the
 * purpose-of-use policy, then (deferred mode refused with NS250) the identity cache and, on a
 * miss, the patient index. Answers carry the cache's time to live as {@code CorrelationTimeToLive}.
 */
final class XcpdResponder {

    private final CommunityRepository communities;
    private final PatientIndex index;
    private final IdentityStore cache;
    private final GatewayAudit audit;
    private final ResponderSettings settings;

    XcpdResponder(CommunityRepository communities, PatientIndex index, IdentityStore cache, GatewayAudit audit,
                  ResponderSettings settings) {
        this.communities = communities;
        this.index = index;
        this.cache = cache;
        this.audit = audit;
        this.settings = settings;
    }

    GatewayReply answer(Inbound in) {
        PatientDiscoveryQuery query = PatientDiscoveryQueryReader.read(in.payload());
        Optional<HomeCommunityId> receiver = query.receiver().homeCommunityId();
        if (query.deferred() || Hl7v3.ACTION_DEFERRED_QUERY.equals(in.addressing().action())) {
            // refused before routing: the answer is the same whichever community was asked
            String root = receiver.map(r -> r.oid().value()).orElse("2.25");
            PatientDiscoveryAck ack = PatientDiscoveryAck.deferredModeUnsupported(query,
                    InstanceId.of(root, UUID.randomUUID().toString()));
            audit.record(in.requestId(), Transaction.ITI_55, in.initiator(), receiver.map(r -> r.oid().value()).orElse(null),
                    null, List.of(), Outcome.REFUSED, "deferred mode is not supported (NS250)", in.remoteAddress());
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
        IdentityKey key = IdentityKey.of(matchQuery, requester, hcid);
        Optional<CachedMatch> cached = cache.get(key);
        CachedMatch result;
        if (cached.isPresent()) {
            result = cached.get();
        } else if (community.mode() == CommunityMode.GATEWAY) {
            return error(in, query, hcid, DetectedIssue.ANSWER_NOT_AVAILABLE,
                    "the downstream gateway of " + hcid + " is not reachable from this responder", Outcome.ERROR);
        } else {
            result = index.match(community, matchQuery);
            cache.put(key, result);
        }
        return respond(in, query, community, result, cached.isPresent());
    }

    private GatewayReply respond(Inbound in, PatientDiscoveryQuery query, HostedCommunity community, CachedMatch result,
                                 boolean hit) {
        String hcid = community.homeCommunityId().oid().value();
        InstanceId id = newId(community);
        String via = hit ? " (identity cache)" : "";
        PatientDiscoveryResponse response;
        switch (result.kind()) {
            case MATCH -> {
                response = PatientDiscoveryResponses.matches(query, id, result.patients().stream()
                        .map(p -> PatientMatches.of(p, community.homeCommunityId())).toList());
                for (CachedPatient p : result.patients()) {
                    audit.record(in.requestId(), Transaction.ITI_55, in.initiator(), hcid, p.patientCx(), List.of(),
                            Outcome.SUCCESS, "match score " + p.score() + via, in.remoteAddress());
                }
            }
            case MORE_ATTRIBUTES_REQUESTED -> {
                response = PatientDiscoveryResponses.moreAttributesRequested(query, id, result.requestedAttributes());
                audit.record(in.requestId(), Transaction.ITI_55, in.initiator(), hcid, null, List.of(), Outcome.NO_MATCH,
                        "more attributes requested: " + String.join(", ", result.requestedAttributes()) + via, in.remoteAddress());
            }
            default -> {
                response = PatientDiscoveryResponses.noMatch(query, id);
                audit.record(in.requestId(), Transaction.ITI_55, in.initiator(), hcid, null, List.of(), Outcome.NO_MATCH,
                        "no match" + via, in.remoteAddress());
            }
        }
        return reply(in, response);
    }

    private GatewayReply error(Inbound in, PatientDiscoveryQuery query, String hcid, String code, String text, Outcome outcome) {
        InstanceId id = InstanceId.of(hcid == null ? "2.25" : hcid, UUID.randomUUID().toString());
        audit.record(in.requestId(), Transaction.ITI_55, in.initiator(), hcid, null, List.of(), outcome, code + ": " + text,
                in.remoteAddress());
        return reply(in, PatientDiscoveryResponses.error(query, id, code, text));
    }

    private GatewayReply reply(Inbound in, PatientDiscoveryResponse response) {
        SoapEnvelope envelope = SoapReplies.envelope(in.addressing(), Hl7v3.ACTION_RESPONSE,
                PatientDiscoveryResponseWriter.write(response));
        new CorrelationTimeToLive(settings.cacheTtl()).write(envelope);
        return SoapReplies.ok(envelope);
    }

    private static InstanceId newId(HostedCommunity community) {
        return InstanceId.of(community.homeCommunityId().oid().value(), UUID.randomUUID().toString());
    }
}
