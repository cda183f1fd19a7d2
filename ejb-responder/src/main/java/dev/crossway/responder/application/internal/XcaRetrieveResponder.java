package dev.crossway.responder.application.internal;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.soap.MtomMessage;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.soap.XopParts;
import dev.crossway.interop.xca.DocumentRequest;
import dev.crossway.interop.xca.EbXml;
import dev.crossway.interop.xca.InlineDocuments;
import dev.crossway.interop.xca.RegistryError;
import dev.crossway.interop.xca.ResponseStatus;
import dev.crossway.interop.xca.RetrieveDocumentSetRequest;
import dev.crossway.interop.xca.RetrieveDocumentSetResponse;
import dev.crossway.interop.xca.RetrieveRequestReader;
import dev.crossway.interop.xca.RetrieveRequestWriter;
import dev.crossway.interop.xca.RetrieveResponseReader;
import dev.crossway.interop.xca.RetrieveResponseWriter;
import dev.crossway.interop.xca.RetrievedDocument;
import dev.crossway.responder.application.GatewayReply;
import dev.crossway.responder.domain.audit.Outcome;
import dev.crossway.responder.domain.audit.Transaction;
import dev.crossway.responder.domain.community.CommunityMode;
import dev.crossway.responder.domain.community.CommunityRepository;
import dev.crossway.responder.domain.community.HostedCommunity;
import dev.crossway.responder.domain.document.DocumentRepository;
import dev.crossway.responder.domain.document.StoredDocument;
import dev.crossway.responder.domain.patient.PatientRepository;
import dev.crossway.responder.infrastructure.downstream.DownstreamClient;
import dev.crossway.responder.infrastructure.downstream.DownstreamException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.w3c.dom.Element;

/**
 * ITI-39 for every hosted community: each DocumentRequest routed by its HomeCommunityId and
 * checked against the community's policy and repository; the exact stored bytes returned, in MTOM
 * when the request came in MTOM. Some documents found and some not is PartialSuccess. The
 * DocumentRequests of a gateway-mode community go to its own retrieve endpoint (the request as it
 * came when it names only that community, else one request with just its DocumentRequests; MTOM if
 * the initiator used MTOM); the documents and errors of its answer join ours, re-packed in the form
 * the initiator used. No answer from there is an {@code XDSRepositoryError} per DocumentRequest.
 * One answer is bounded ({@link DisclosureLimits}): DocumentRequests beyond the first N, and
 * documents whose stored size would take the answer over M bytes, get an {@code XDSRepositoryError}
 * each (PartialSuccess) without their bytes ever being read, and the limiting is audited.
 */
final class XcaRetrieveResponder {

    private static final Logger LOG = Logger.getLogger(XcaRetrieveResponder.class.getName());

    /** Documents disclosed to the initiator, per community and patient (null when a downstream gateway does not say). */
    private record Disclosure(String community, String patient, List<String> documents, String detail) {
    }

    private final CommunityRepository communities;
    private final PatientRepository patients;
    private final DocumentRepository documents;
    private final GatewayAudit audit;
    private final DownstreamClient downstream;
    private final DisclosureLimits limits;

    XcaRetrieveResponder(CommunityRepository communities, PatientRepository patients, DocumentRepository documents,
                         GatewayAudit audit, DownstreamClient downstream, DisclosureLimits limits) {
        this.communities = communities;
        this.patients = patients;
        this.documents = documents;
        this.audit = audit;
        this.downstream = downstream;
        this.limits = limits;
    }

    GatewayReply answer(Inbound in) {
        RetrieveDocumentSetRequest request = RetrieveRequestReader.read(in.payload());
        List<RetrievedDocument> found = new ArrayList<>();
        List<RegistryError> errors = new ArrayList<>();
        Map<String, Disclosure> disclosed = new LinkedHashMap<>();
        Map<HostedCommunity, List<DocumentRequest>> forwarded = new LinkedHashMap<>();
        Outcome failureKind = Outcome.ERROR;
        List<String> limited = new ArrayList<>();
        Withholding withholding = new Withholding(patients);
        Map<String, Disclosure> withheld = new LinkedHashMap<>();
        long bytesLeft = limits.retrieveMaxBytes();
        int asked = 0;
        for (DocumentRequest r : request.documents()) {
            String doc = r.documentUniqueId().value();
            if (++asked > limits.retrieveMaxDocuments()) {
                // before any lookup: what is over the limit costs no query and no memory
                errors.add(RegistryError.error(RegistryError.REPOSITORY_ERROR, "document " + doc + " not returned: this gateway "
                        + "answers at most " + limits.retrieveMaxDocuments() + " DocumentRequests per retrieve; ask for it in "
                        + "another request", r.homeCommunityId().map(HomeCommunityId::urn).orElse(null)));
                limited.add(doc);
                continue;
            }
            if (r.homeCommunityId().isEmpty()) {
                errors.add(RegistryError.error(RegistryError.MISSING_HOME_COMMUNITY_ID,
                        "DocumentRequest for " + doc + " has no HomeCommunityId", null));
                continue;
            }
            HomeCommunityId home = r.homeCommunityId().get();
            Route route = Route.of(communities, home, in.purposeOfUse());
            if (route instanceof Route.Unknown) {
                errors.add(RegistryError.error(RegistryError.UNKNOWN_COMMUNITY, "community " + home + " is not hosted by this gateway",
                        home.urn()));
                continue;
            }
            if (route instanceof Route.Refused refused) {
                errors.add(RegistryError.error(RegistryError.REGISTRY_ERROR, "Policy refusal: " + refused.reason(), home.urn()));
                failureKind = Outcome.REFUSED;
                continue;
            }
            HostedCommunity community = ((Route.To) route).community();
            if (community.mode() == CommunityMode.GATEWAY) {
                forwarded.computeIfAbsent(community, c -> new ArrayList<>()).add(r);
                continue;
            }
            if (!community.repositoryUniqueId().equals(r.repositoryUniqueId().value())) {
                errors.add(RegistryError.error(RegistryError.UNKNOWN_REPOSITORY_ID, "repository " + r.repositoryUniqueId()
                        + " is not a repository of community " + home, home.urn()));
                continue;
            }
            Optional<StoredDocument> stored = documents.byUniqueId(home, r.documentUniqueId());
            Optional<String> why = stored.flatMap(d -> withholding.reason(community, d, in.purposeOfUse()));
            if (why.isPresent()) {
                // answered exactly as a document that is not there; the audit record says why
                errors.add(RegistryError.error(RegistryError.DOCUMENT_UNIQUE_ID_ERROR, "document " + doc
                        + " is not in repository " + r.repositoryUniqueId() + " of community " + home, home.urn()));
                StoredDocument d = stored.get();
                withheld.computeIfAbsent(home.oid().value() + " " + d.patient().toCx() + " " + why.get(),
                        k -> new Disclosure(home.oid().value(), d.patient().toCx(), new ArrayList<>(), why.get())).documents().add(doc);
                continue;
            }
            if (stored.isPresent() && stored.get().size() > bytesLeft) {
                // decided on the stored size, before the bytes are read: the answer never holds more than the limit
                errors.add(RegistryError.error(RegistryError.REPOSITORY_ERROR, "document " + doc + " not returned: its "
                        + stored.get().size() + " bytes would take this answer over the limit of " + limits.retrieveMaxBytes()
                        + " bytes per retrieve; ask for it in another request", home.urn()));
                limited.add(doc);
                continue;
            }
            Optional<byte[]> content = stored.flatMap(d -> documents.content(d.id()));
            if (content.isEmpty()) {
                errors.add(RegistryError.error(RegistryError.DOCUMENT_UNIQUE_ID_ERROR, "document " + doc
                        + " is not in repository " + r.repositoryUniqueId() + " of community " + home, home.urn()));
                continue;
            }
            StoredDocument d = stored.get();
            bytesLeft -= content.get().length;
            found.add(RetrievedDocument.of(home, r.repositoryUniqueId(), r.documentUniqueId(), d.mimeType(), content.get()));
            disclosed.computeIfAbsent(home.oid().value() + " " + d.patient().toCx(),
                    k -> new Disclosure(home.oid().value(), d.patient().toCx(), new ArrayList<>(), "document(s) retrieved"))
                    .documents().add(doc);
        }
        forwarded.forEach((community, requests) -> relay(in, request, community, requests, found, errors, disclosed));
        ResponseStatus status = errors.isEmpty() ? ResponseStatus.SUCCESS
                : found.isEmpty() ? ResponseStatus.FAILURE : ResponseStatus.PARTIAL_SUCCESS;
        audit(in, disclosed, errors, failureKind);
        withheld.values().forEach(w -> audit.record(in.requestId(), Transaction.ITI_39, in.initiator(), w.community(), w.patient(),
                List.of(), Outcome.REFUSED, w.documents().size() + " document(s) " + w.detail() + ": "
                        + String.join(" ", w.documents()), in.caller()));
        if (!limited.isEmpty()) {
            audit.record(in.requestId(), Transaction.ITI_39, in.initiator(), null, null, List.of(), Outcome.REFUSED,
                    "retrieve limited: " + limited.size() + " of " + request.documents().size() + " DocumentRequest(s) refused (at most "
                    + limits.retrieveMaxDocuments() + " documents and " + limits.retrieveMaxBytes() + " bytes per retrieve)",
                    in.caller());
        }
        RetrieveDocumentSetResponse response = new RetrieveDocumentSetResponse(status, errors, found);
        if (in.mtom()) {
            XopParts parts = new XopParts();
            SoapEnvelope envelope = SoapReplies.envelope(in.addressing(), EbXml.ACTION_RETRIEVE_RESPONSE,
                    RetrieveResponseWriter.write(response, parts));
            return SoapReplies.mtom(envelope, parts);
        }
        // the documents' base64 goes into the answer's bytes after the envelope is serialised, not through its DOM
        InlineDocuments inline = new InlineDocuments();
        SoapEnvelope envelope = SoapReplies.envelope(in.addressing(), EbXml.ACTION_RETRIEVE_RESPONSE,
                RetrieveResponseWriter.write(response, inline));
        return new GatewayReply(200, SoapReplies.SOAP_XML, inline.splice(envelope.toBytes()));
    }

    /** One gateway-mode community's DocumentRequests to its retrieve endpoint; its documents and errors join ours. */
    private void relay(Inbound in, RetrieveDocumentSetRequest request, HostedCommunity community, List<DocumentRequest> requests,
                       List<RetrievedDocument> found, List<RegistryError> errors, Map<String, Disclosure> disclosed) {
        HomeCommunityId home = community.homeCommunityId();
        Optional<String> url = community.downstreamXcaRetrieve();
        if (downstream == null || url.isEmpty()) {
            requests.forEach(r -> errors.add(RegistryError.error(RegistryError.REPOSITORY_ERROR, "community " + home
                    + " has no downstream XCA retrieve endpoint configured", home.urn())));
            return;
        }
        Element payload = requests.size() == request.documents().size() ? in.payload()
                : RetrieveRequestWriter.write(new RetrieveDocumentSetRequest(requests));
        RetrieveDocumentSetResponse answer;
        try {
            MtomMessage message = downstream.call(url.get(), EbXml.ACTION_RETRIEVE, payload, in.mtom(), in.assertion(),
                    downstream.settings().retrieveTimeout());
            answer = RetrieveResponseReader.read(message.envelope().payload(), message.resolver());
        } catch (DownstreamException e) {
            LOG.log(Level.INFO, "XCA retrieve forwarded for " + home + " to " + url.get() + " failed: " + e.getMessage());
            requests.forEach(r -> errors.add(RegistryError.error(RegistryError.REPOSITORY_ERROR, "the gateway of community "
                    + home + " gave no answer for document " + r.documentUniqueId().value() + ": " + e.getMessage(), home.urn())));
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "XCA retrieve forwarded for " + home + " to " + url.get() + ": unreadable answer", e);
            requests.forEach(r -> errors.add(RegistryError.error(RegistryError.REPOSITORY_ERROR, "the gateway of community "
                    + home + " answered with an unreadable RetrieveDocumentSetResponse", home.urn())));
            return;
        }
        found.addAll(answer.documents());
        errors.addAll(answer.errors());
        if (!answer.documents().isEmpty()) {
            disclosed.computeIfAbsent(home.oid().value() + " (downstream)", k -> new Disclosure(home.oid().value(), null,
                    new ArrayList<>(), "document(s) retrieved through the downstream gateway")).documents()
                    .addAll(answer.documents().stream().map(d -> d.documentUniqueId().value()).toList());
        }
    }

    private void audit(Inbound in, Map<String, Disclosure> disclosed, List<RegistryError> errors, Outcome failureKind) {
        // each document once: a request repeating one id is one disclosure of it
        disclosed.values().forEach(d -> audit.record(in.requestId(), Transaction.ITI_39, in.initiator(), d.community(),
                d.patient(), List.copyOf(new LinkedHashSet<>(d.documents())), Outcome.SUCCESS, d.documents().size() + " " + d.detail(),
                in.caller()));
        if (!errors.isEmpty()) {
            RegistryError e = errors.get(0);
            String community = e.location().map(XcaRetrieveResponder::community).orElse(null);
            audit.record(in.requestId(), Transaction.ITI_39, in.initiator(), community, null, List.of(), failureKind,
                    errors.size() + " error(s); first " + e.errorCode() + ": " + e.codeContext(), in.caller());
        }
    }

    /** The community an error's location names, or the location as it is (a downstream gateway may put anything there). */
    private static String community(String location) {
        try {
            return HomeCommunityId.of(location).oid().value();
        } catch (RuntimeException e) {
            return location.length() > 64 ? location.substring(0, 64) : location;
        }
    }
}
