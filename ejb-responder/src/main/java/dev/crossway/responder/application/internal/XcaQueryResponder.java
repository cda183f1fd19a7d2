package dev.crossway.responder.application.internal;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.xca.AdhocQueryRequest;
import dev.crossway.interop.xca.Association;
import dev.crossway.interop.xca.AdhocQueryRequestReader;
import dev.crossway.interop.soap.MtomMessage;
import dev.crossway.interop.soap.WsAddressing;
import dev.crossway.interop.xca.AdhocQueryResponse;
import dev.crossway.interop.xca.AdhocQueryResponseReader;
import dev.crossway.interop.xca.DocumentEntry;
import dev.crossway.interop.xca.AdhocQueryResponseWriter;
import dev.crossway.interop.xca.EbXml;
import dev.crossway.interop.xca.ObjectRef;
import dev.crossway.interop.xca.RegistryError;
import dev.crossway.interop.xca.ResponseStatus;
import dev.crossway.interop.xca.ReturnType;
import dev.crossway.interop.xca.StoredQuery;
import dev.crossway.interop.xca.XcaMessageException;
import dev.crossway.responder.application.GatewayReply;
import dev.crossway.responder.domain.audit.Outcome;
import dev.crossway.responder.domain.audit.Transaction;
import dev.crossway.responder.domain.community.CommunityMode;
import dev.crossway.responder.domain.community.CommunityRepository;
import dev.crossway.responder.domain.community.HostedCommunity;
import dev.crossway.responder.domain.document.DocumentRepository;
import dev.crossway.responder.domain.document.StoredDocument;
import dev.crossway.responder.domain.identity.Correlations;
import dev.crossway.responder.domain.patient.PatientStanding;
import dev.crossway.responder.domain.patient.PatientRepository;
import dev.crossway.responder.infrastructure.downstream.DownstreamClient;
import dev.crossway.responder.infrastructure.downstream.DownstreamException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.w3c.dom.Element;

/**
 * ITI-38 for every hosted community: routed by {@code AdhocQuery/@home}; FindDocuments (with the
 * status, code and time filters) and GetDocuments (by unique id or entryUUID), LeafClass or
 * ObjectRef. Errors are IHE registry errors whose location is the community asked. A gateway-mode
 * community's query goes as it came to the community's own XCA query endpoint and its
 * AdhocQueryResponse is relayed as is; no answer from there is an {@code XDSRegistryError}.
 * A FindDocuments answer carries at most {@link DisclosureLimits#findDocumentsMaxResults} entries.
 */
final class XcaQueryResponder {

    private static final Logger LOG = Logger.getLogger(XcaQueryResponder.class.getName());

    static final String UNKNOWN_STORED_QUERY = "XDSUnknownStoredQuery";

    private final CommunityRepository communities;
    private final PatientRepository patients;
    private final DocumentRepository documents;
    private final Correlations correlations;
    private final GatewayAudit audit;
    private final DownstreamClient downstream;
    private final DisclosureLimits limits;

    XcaQueryResponder(CommunityRepository communities, PatientRepository patients, DocumentRepository documents,
                      Correlations correlations, GatewayAudit audit, DownstreamClient downstream, DisclosureLimits limits) {
        this.communities = communities;
        this.patients = patients;
        this.documents = documents;
        this.correlations = correlations;
        this.audit = audit;
        this.downstream = downstream;
        this.limits = limits;
    }

    GatewayReply answer(Inbound in) {
        AdhocQueryRequest request;
        try {
            request = AdhocQueryRequestReader.read(in.payload());
        } catch (XcaMessageException e) {
            String code = e.getMessage().contains(RegistryError.STORED_QUERY_MISSING_PARAM) ? RegistryError.STORED_QUERY_MISSING_PARAM
                    : e.getMessage().contains(RegistryError.STORED_QUERY_PARAM_NUMBER) ? RegistryError.STORED_QUERY_PARAM_NUMBER
                    : e.getMessage().contains("unknown stored query") ? UNKNOWN_STORED_QUERY : RegistryError.REGISTRY_ERROR;
            return failure(in, null, null, code, e.getMessage(), Outcome.ERROR);
        }
        if (request.home().isEmpty()) {
            return failure(in, null, null, RegistryError.MISSING_HOME_COMMUNITY_ID,
                    "AdhocQuery has no home attribute naming the community asked", Outcome.ERROR);
        }
        HomeCommunityId home = request.home().get();
        Route route = Route.of(communities, home, in.purposeOfUse());
        if (route instanceof Route.Unknown) {
            return failure(in, home, null, RegistryError.UNKNOWN_COMMUNITY, "community " + home + " is not hosted by this gateway",
                    Outcome.ERROR);
        }
        if (route instanceof Route.Refused refused) {
            return failure(in, home, null, RegistryError.REGISTRY_ERROR, "Policy refusal: " + refused.reason(), Outcome.REFUSED);
        }
        HostedCommunity community = ((Route.To) route).community();
        Optional<PatientId> asked = request.query() == StoredQuery.FIND_DOCUMENTS ? request.patientId() : Optional.empty();
        if (asked.isPresent() && limits.requireCorrelation()
                && !correlations.disclosedTo(in.initiatorKey(), home.oid().value(), asked.get().toCx())) {
            return uncorrelated(in, home, asked.get());
        }
        if (community.mode() == CommunityMode.GATEWAY) {
            return relay(in, request, community);
        }
        if (request.query() == StoredQuery.FIND_DOCUMENTS) {
            return findDocuments(in, request, community);
        }
        if (request.query() == StoredQuery.GET_DOCUMENTS) {
            return getDocuments(in, request, community);
        }
        if (request.query() == StoredQuery.GET_ASSOCIATIONS) {
            return getAssociations(in, request, community);
        }
        return failure(in, home, null, UNKNOWN_STORED_QUERY, "stored query " + request.query() + " is not supported by this responder"
                + " (FindDocuments, GetDocuments and GetAssociations are)", Outcome.ERROR);
    }

    /** Gateway mode: the same AdhocQueryRequest to the community's endpoint, its answer relayed and audited. */
    private GatewayReply relay(Inbound in, AdhocQueryRequest request, HostedCommunity community) {
        HomeCommunityId home = community.homeCommunityId();
        String patient = request.patientId().map(PatientId::toCx).orElse(null);
        Optional<String> url = community.downstreamXcaQuery();
        if (downstream == null || url.isEmpty()) {
            return failure(in, home, patient, RegistryError.REGISTRY_ERROR,
                    "community " + home + " has no downstream XCA query endpoint configured", Outcome.ERROR);
        }
        Element answer;
        AdhocQueryResponse relayed;
        try {
            MtomMessage message = downstream.call(url.get(), EbXml.ACTION_QUERY, in.payload(), false, in.assertion(),
                    downstream.settings().queryTimeout());
            answer = message.envelope().payload();
            relayed = AdhocQueryResponseReader.read(answer);
        } catch (DownstreamException e) {
            LOG.log(Level.INFO, "XCA query forwarded for " + home + " to " + url.get() + " failed: " + e.getMessage());
            return failure(in, home, patient, RegistryError.REGISTRY_ERROR, "the gateway of community " + home
                    + " gave no answer: " + e.getMessage(), Outcome.ERROR);
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "XCA query forwarded for " + home + " to " + url.get() + ": unreadable answer", e);
            return failure(in, home, patient, RegistryError.REGISTRY_ERROR, "the gateway of community " + home
                    + " answered with an unreadable AdhocQueryResponse: " + e.getMessage(), Outcome.ERROR);
        }
        if (patient == null && !relayed.documents().isEmpty()) {
            patient = relayed.documents().get(0).patientId().toCx();
        }
        List<String> disclosed = relayed.documents().stream().map(DocumentEntry::uniqueId).map(d -> d.value()).toList();
        int found = relayed.documents().size() + relayed.references().size();
        Outcome outcome = relayed.status() == ResponseStatus.FAILURE ? Outcome.ERROR : found == 0 ? Outcome.NO_MATCH : Outcome.SUCCESS;
        String detail = request.query() + " " + request.returnType().value() + " relayed from the downstream gateway: "
                + relayed.status().name() + ", " + found + " result(s)"
                + (relayed.errors().isEmpty() ? "" : ", first error " + relayed.errors().get(0).errorCode());
        audit.record(in.requestId(), Transaction.ITI_38, in.initiator(), home.oid().value(), patient, disclosed, outcome, detail,
                in.caller());
        return SoapReplies.ok(SoapReplies.envelope(in.addressing(), EbXml.ACTION_QUERY_RESPONSE, answer));
    }

    private GatewayReply findDocuments(Inbound in, AdhocQueryRequest request, HostedCommunity community) {
        HomeCommunityId home = community.homeCommunityId();
        PatientId asked = request.patientId().orElseThrow();
        Optional<PatientStanding> patient = patients.standingByIdentifier(home, asked);
        for (int hops = 0; hops < 10 && patient.isPresent() && patient.get().mergedInto().isPresent(); hops++) {
            patient = patients.standingByKey(patient.get().mergedInto().get());
        }
        if (patient.isEmpty() || !patient.get().active()) {
            return failure(in, home, asked.toCx(), RegistryError.UNKNOWN_PATIENT_ID, "patient " + asked.toCx()
                    + " is not known in community " + home, Outcome.NO_MATCH);
        }
        if (patient.get().optedOut()) {
            return withheldByConsent(in, home, asked);
        }
        int cap = limits.findDocumentsMaxResults();
        List<StoredDocument> found;
        try {
            // one more than the cap: whether there were more is known without counting them all
            found = documents.find(home, FindDocumentsCriteria.of(request, patient.get().key()), cap + 1);
        } catch (IllegalArgumentException e) {
            return failure(in, home, asked.toCx(), RegistryError.REGISTRY_ERROR, e.getMessage(), Outcome.ERROR);
        }
        Map<String, List<String>> withheld = new LinkedHashMap<>();
        // the documents found are this patient's, whose consent was just read: not read again per request
        List<StoredDocument> disclosable = new Withholding(patients).knowing(patient.get()).disclosable(community,
                found.size() > cap ? found.subList(0, cap) : found, in.purposeOfUse(), withheld);
        if (found.size() > cap) {
            return truncated(in, request, community, asked.toCx(), disclosable, withheld);
        }
        return success(in, request, community, asked.toCx(), disclosable, withheld);
    }

    /**
     * More entries matched than one answer may carry: the newest {@code cap} of them, PartialSuccess
     * and an {@code XDSTooManyResults} warning (ebRS allows warnings in a RegistryErrorList; IHE's
     * PartialSuccess is "some of the results"), so the initiator knows to narrow the query, e.g. by
     * creation time, to reach the older ones.
     */
    private GatewayReply truncated(Inbound in, AdhocQueryRequest request, HostedCommunity community, String patient,
                                   List<StoredDocument> found, Map<String, List<String>> withheld) {
        HomeCommunityId home = community.homeCommunityId();
        RegistryError warning = new RegistryError(RegistryError.TOO_MANY_RESULTS, "more than " + found.size()
                + " entries match; the newest " + found.size() + " are returned: narrow the query (e.g. by creation time) "
                + "for the others", Optional.of(home.urn()), RegistryError.Severity.WARNING);
        AdhocQueryResponse response = request.returnType() == ReturnType.OBJECT_REF
                ? new AdhocQueryResponse(ResponseStatus.PARTIAL_SUCCESS, List.of(warning), List.of(),
                found.stream().map(d -> new ObjectRef(d.entryUuid(), Optional.of(home))).toList())
                : new AdhocQueryResponse(ResponseStatus.PARTIAL_SUCCESS, List.of(warning),
                found.stream().map(DocumentEntries::of).toList(), List.of());
        audit.record(in.requestId(), Transaction.ITI_38, in.initiator(), home.oid().value(), patient,
                found.stream().map(d -> d.uniqueId().value()).toList(), Outcome.SUCCESS, request.query() + " "
                        + request.returnType().value() + ": " + found.size() + " document(s), truncated at the limit of "
                        + found.size() + " results (XDSTooManyResults warning)" + withheldNote(withheld), in.caller());
        return reply(in, response);
    }

    private GatewayReply getDocuments(Inbound in, AdhocQueryRequest request, HostedCommunity community) {
        HomeCommunityId home = community.homeCommunityId();
        List<String> uniqueIds = request.values("$XDSDocumentEntryUniqueId").stream().flatMap(List::stream).toList();
        List<String> uuids = request.values("$XDSDocumentEntryEntryUUID").stream().flatMap(List::stream).toList();
        if (uniqueIds.isEmpty() == uuids.isEmpty()) {
            return failure(in, home, null, RegistryError.STORED_QUERY_PARAM_NUMBER,
                    "GetDocuments takes either $XDSDocumentEntryUniqueId or $XDSDocumentEntryEntryUUID", Outcome.ERROR);
        }
        List<StoredDocument> all = uniqueIds.isEmpty() ? documents.byEntryUuids(home, uuids) : documents.byUniqueIds(home, uniqueIds);
        String patient = all.isEmpty() ? null : all.get(0).patient().toCx();
        Map<String, List<String>> withheld = new LinkedHashMap<>();
        List<StoredDocument> found = new Withholding(patients).disclosable(community, all, in.purposeOfUse(), withheld);
        return success(in, request, community, patient, found, withheld);
    }

    /**
     * GetAssociations for entryUUIDs ({@code $uuid}): the RPLC and APND associations between the
     * documents asked for and the versions they follow or that follow them. Both ends must be
     * disclosable to this request (not withdrawn, consent, confidentiality), or the association is
     * left out as if it did not exist.
     */
    private GatewayReply getAssociations(Inbound in, AdhocQueryRequest request, HostedCommunity community) {
        HomeCommunityId home = community.homeCommunityId();
        List<String> uuids = request.values("$uuid").stream().flatMap(List::stream).toList();
        Withholding withholding = new Withholding(patients);
        java.util.function.Predicate<StoredDocument> disclosable = d -> withholding.reason(community, d, in.purposeOfUse()).isEmpty();
        List<StoredDocument> asked = documents.byEntryUuids(home, uuids).stream().filter(disclosable).toList();
        Map<String, Association> found = new LinkedHashMap<>();
        for (StoredDocument d : asked) {
            d.parentId().flatMap(documents::byKey).filter(disclosable).ifPresent(parent -> {
                Association a = Association.of(d.relation().orElseThrow().associationType(), d.entryUuid(), parent.entryUuid(),
                        Optional.of(home));
                found.put(a.id(), a);
            });
            for (StoredDocument next : documents.successors(d.id())) {
                if (disclosable.test(next)) {
                    Association a = Association.of(next.relation().orElseThrow().associationType(), next.entryUuid(), d.entryUuid(),
                            Optional.of(home));
                    found.put(a.id(), a);
                }
            }
        }
        audit.record(in.requestId(), Transaction.ITI_38, in.initiator(), home.oid().value(),
                asked.isEmpty() ? null : asked.get(0).patient().toCx(), asked.stream().map(d -> d.uniqueId().value()).toList(),
                found.isEmpty() ? Outcome.NO_MATCH : Outcome.SUCCESS, request.query() + ": " + found.size() + " association(s) of "
                        + asked.size() + " document(s)", in.caller());
        return reply(in, new AdhocQueryResponse(ResponseStatus.SUCCESS, List.of(), List.of(), List.of(), List.copyOf(found.values())));
    }

    private GatewayReply success(Inbound in, AdhocQueryRequest request, HostedCommunity community, String patient,
                                 List<StoredDocument> found, Map<String, List<String>> withheld) {
        HomeCommunityId home = community.homeCommunityId();
        AdhocQueryResponse response = request.returnType() == ReturnType.OBJECT_REF
                ? new AdhocQueryResponse(ResponseStatus.SUCCESS, List.of(), List.of(),
                found.stream().map(d -> new ObjectRef(d.entryUuid(), Optional.of(home))).toList())
                : AdhocQueryResponse.success(found.stream().map(DocumentEntries::of).toList());
        audit.record(in.requestId(), Transaction.ITI_38, in.initiator(), home.oid().value(), patient,
                found.stream().map(d -> d.uniqueId().value()).toList(),
                !found.isEmpty() ? Outcome.SUCCESS : withheld.isEmpty() ? Outcome.NO_MATCH : Outcome.REFUSED,
                request.query() + " " + request.returnType().value() + ": " + found.size() + " document(s)" + withheldNote(withheld),
                in.caller());
        return reply(in, response);
    }

    private static String withheldNote(Map<String, List<String>> withheld) {
        return withheld.isEmpty() ? "" : "; " + Withholding.describe(withheld);
    }

    /**
     * A FindDocuments for a patient who opted out of network disclosure: answered exactly as an
     * unknown patient, audited as refused, "withheld by consent".
     */
    private GatewayReply withheldByConsent(Inbound in, HomeCommunityId home, PatientId asked) {
        audit.record(in.requestId(), Transaction.ITI_38, in.initiator(), home.oid().value(), asked.toCx(), List.of(),
                Outcome.REFUSED, RegistryError.UNKNOWN_PATIENT_ID + ": " + Withholding.BY_CONSENT + ", patient " + asked.toCx()
                        + " opted out of network disclosure", in.caller());
        return reply(in, AdhocQueryResponse.failure(RegistryError.error(RegistryError.UNKNOWN_PATIENT_ID, "patient "
                + asked.toCx() + " is not known in community " + home, home.urn())));
    }

    /**
     * A FindDocuments for a patient id that no XCPD answer of ours gave this initiator (or whose
     * correlation expired): answered exactly as an unknown patient, so that walking identifiers
     * learns nothing, and audited as refused with the real reason.
     */
    private GatewayReply uncorrelated(Inbound in, HomeCommunityId home, PatientId asked) {
        audit.record(in.requestId(), Transaction.ITI_38, in.initiator(), home.oid().value(), asked.toCx(), List.of(),
                Outcome.REFUSED, RegistryError.UNKNOWN_PATIENT_ID + ": refused, patient " + asked.toCx()
                        + " was not disclosed to initiator " + in.initiatorKey() + " by an XCPD answer (or the correlation expired)",
                in.caller());
        return reply(in, AdhocQueryResponse.failure(RegistryError.error(RegistryError.UNKNOWN_PATIENT_ID, "patient "
                + asked.toCx() + " is not known in community " + home, home.urn())));
    }

    private GatewayReply failure(Inbound in, HomeCommunityId home, String patient, String code, String context, Outcome outcome) {
        String location = home == null ? null : home.urn();
        audit.record(in.requestId(), Transaction.ITI_38, in.initiator(), home == null ? null : home.oid().value(), patient,
                List.of(), outcome, code + ": " + context, in.caller());
        return reply(in, AdhocQueryResponse.failure(RegistryError.error(code, context, location)));
    }

    /** The answer written straight to its bytes (no DOM): the bytes the DOM envelope serialised to (AdhocQueryResponseMarkupTest). */
    private static GatewayReply reply(Inbound in, AdhocQueryResponse response) {
        return SoapReplies.ok(AdhocQueryResponseWriter.envelope(WsAddressing.responseTo(in.addressing(), EbXml.ACTION_QUERY_RESPONSE),
                response));
    }
}
