package dev.crossway.responder.application.internal;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.soap.XopParts;
import dev.crossway.interop.xca.DocumentRequest;
import dev.crossway.interop.xca.EbXml;
import dev.crossway.interop.xca.RegistryError;
import dev.crossway.interop.xca.ResponseStatus;
import dev.crossway.interop.xca.RetrieveDocumentSetRequest;
import dev.crossway.interop.xca.RetrieveDocumentSetResponse;
import dev.crossway.interop.xca.RetrieveRequestReader;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ITI-39 for every hosted community: each DocumentRequest routed by its HomeCommunityId and
 * checked against the community's policy and repository; the exact stored bytes returned, in MTOM
 * when the request came in MTOM. Some documents found and some not is PartialSuccess.
 */
final class XcaRetrieveResponder {

    private final CommunityRepository communities;
    private final DocumentRepository documents;
    private final GatewayAudit audit;

    XcaRetrieveResponder(CommunityRepository communities, DocumentRepository documents, GatewayAudit audit) {
        this.communities = communities;
        this.documents = documents;
        this.audit = audit;
    }

    GatewayReply answer(Inbound in) {
        RetrieveDocumentSetRequest request = RetrieveRequestReader.read(in.payload());
        List<RetrievedDocument> found = new ArrayList<>();
        List<RegistryError> errors = new ArrayList<>();
        Map<String, List<StoredDocument>> disclosed = new LinkedHashMap<>();
        Outcome failureKind = Outcome.ERROR;
        for (DocumentRequest r : request.documents()) {
            String doc = r.documentUniqueId().value();
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
                errors.add(RegistryError.error(RegistryError.REPOSITORY_ERROR,
                        "the downstream gateway of " + home + " is not reachable from this responder", home.urn()));
                continue;
            }
            if (!community.repositoryUniqueId().equals(r.repositoryUniqueId().value())) {
                errors.add(RegistryError.error(RegistryError.UNKNOWN_REPOSITORY_ID, "repository " + r.repositoryUniqueId()
                        + " is not a repository of community " + home, home.urn()));
                continue;
            }
            Optional<StoredDocument> stored = documents.byUniqueId(home, r.documentUniqueId());
            Optional<byte[]> content = stored.flatMap(d -> documents.content(d.id()));
            if (content.isEmpty()) {
                errors.add(RegistryError.error(RegistryError.DOCUMENT_UNIQUE_ID_ERROR, "document " + doc
                        + " is not in repository " + r.repositoryUniqueId() + " of community " + home, home.urn()));
                continue;
            }
            StoredDocument d = stored.get();
            found.add(RetrievedDocument.of(home, r.repositoryUniqueId(), r.documentUniqueId(), d.mimeType(), content.get()));
            disclosed.computeIfAbsent(home.oid().value() + " " + d.patient().toCx(), k -> new ArrayList<>()).add(d);
        }
        ResponseStatus status = errors.isEmpty() ? ResponseStatus.SUCCESS
                : found.isEmpty() ? ResponseStatus.FAILURE : ResponseStatus.PARTIAL_SUCCESS;
        audit(in, disclosed, errors, failureKind);
        RetrieveDocumentSetResponse response = new RetrieveDocumentSetResponse(status, errors, found);
        if (in.mtom()) {
            XopParts parts = new XopParts();
            SoapEnvelope envelope = SoapReplies.envelope(in.addressing(), EbXml.ACTION_RETRIEVE_RESPONSE,
                    RetrieveResponseWriter.write(response, parts));
            return SoapReplies.mtom(envelope, parts);
        }
        return SoapReplies.ok(SoapReplies.envelope(in.addressing(), EbXml.ACTION_RETRIEVE_RESPONSE,
                RetrieveResponseWriter.write(response)));
    }

    private void audit(Inbound in, Map<String, List<StoredDocument>> disclosed, List<RegistryError> errors, Outcome failureKind) {
        disclosed.forEach((key, docs) -> {
            StoredDocument first = docs.get(0);
            audit.record(in.requestId(), Transaction.ITI_39, in.initiator(), first.community().oid().value(),
                    first.patient().toCx(), docs.stream().map(d -> d.uniqueId().value()).toList(), Outcome.SUCCESS,
                    docs.size() + " document(s) retrieved", in.remoteAddress());
        });
        if (!errors.isEmpty()) {
            RegistryError e = errors.get(0);
            String community = e.location().map(l -> HomeCommunityId.of(l).oid().value()).orElse(null);
            audit.record(in.requestId(), Transaction.ITI_39, in.initiator(), community, null, List.of(), failureKind,
                    errors.size() + " error(s); first " + e.errorCode() + ": " + e.codeContext(), in.remoteAddress());
        }
    }
}
