package dev.crossway.initiator.infrastructure.outbound;

import dev.crossway.initiator.application.DocumentFilter;
import dev.crossway.initiator.application.DocumentRef;
import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.xca.AdhocQueryRequest;
import dev.crossway.interop.xca.AdhocQueryRequestWriter;
import dev.crossway.interop.xca.Code;
import dev.crossway.interop.xca.DocumentEntry;
import dev.crossway.interop.xca.DocumentRequest;
import dev.crossway.interop.xca.EbXml;
import dev.crossway.interop.xca.RepositoryUniqueId;
import dev.crossway.interop.xca.RetrieveDocumentSetRequest;
import dev.crossway.interop.xca.RetrieveRequestWriter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.w3c.dom.Element;

/** ITI-38 and ITI-39 requests from our records, and document entries into {@link DocumentRef}s. */
final class XcaMessages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private XcaMessages() {
    }

    static Element findDocuments(PatientId patient, String communityOid, DocumentFilter filter) {
        AdhocQueryRequest q = AdhocQueryRequest.findDocuments(patient, HomeCommunityId.of(communityOid));
        if (!filter.classCodes().isEmpty()) {
            q = q.with("$XDSDocumentEntryClassCode", filter.classCodes().stream().map(c -> Code.parse(c).toQueryValue()).toList());
        }
        if (!filter.typeCodes().isEmpty()) {
            q = q.with("$XDSDocumentEntryTypeCode", filter.typeCodes().stream().map(c -> Code.parse(c).toQueryValue()).toList());
        }
        if (filter.from() != null) {
            q = q.with("$XDSDocumentEntryCreationTimeFrom", List.of(DAY.format(filter.from())));
        }
        if (filter.to() != null) {
            q = q.with("$XDSDocumentEntryCreationTimeTo", List.of(DAY.format(filter.to().plusDays(1))));
        }
        return AdhocQueryRequestWriter.write(q);
    }

    static Element retrieve(List<DocumentRef> documents, String communityOid) {
        List<DocumentRequest> requests = documents.stream().map(d -> DocumentRequest.of(
                HomeCommunityId.of(d.homeCommunityId() == null ? communityOid : d.homeCommunityId()),
                RepositoryUniqueId.of(d.repositoryUniqueId()), new DocumentUniqueId(d.id()))).toList();
        return RetrieveRequestWriter.write(new RetrieveDocumentSetRequest(requests));
    }

    static DocumentRef ref(DocumentEntry e, String communityOid) {
        return new DocumentRef(
                e.uniqueId().value(),
                e.slots().repositoryUniqueId().map(RepositoryUniqueId::value).orElse(null),
                e.home().map(h -> h.oid().value()).orElse(communityOid),
                e.title().orElse(null),
                e.codes().typeCode().map(Code::toQueryValue).orElse(null),
                e.codes().typeCode().flatMap(Code::displayName).orElse(null),
                e.slots().creationTime().map(XcaMessages::instant).orElse(null),
                e.mimeType(),
                EbXml.STATUS_APPROVED.equals(e.status()) ? "Approved" : EbXml.STATUS_DEPRECATED.equals(e.status()) ? "Deprecated" : e.status(),
                e.slots().size().orElse(-1L));
    }

    /** HL7 DTM ({@code YYYY[MM[DD[hh[mm[ss]]]]]}, UTC per XDS) to an instant; null when unreadable. */
    static Instant instant(String dtm) {
        String digits = dtm.trim();
        if (!digits.matches("\\d{4,14}")) {
            return null;
        }
        String padded;
        if (digits.length() < 6) {
            padded = digits.substring(0, 4) + "0101000000";
        } else if (digits.length() < 8) {
            padded = digits.substring(0, 6) + "01000000";
        } else {
            padded = (digits + "000000").substring(0, 14);
        }
        try {
            return LocalDateTime.parse(padded, DateTimeFormatter.ofPattern("yyyyMMddHHmmss")).toInstant(ZoneOffset.UTC);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
