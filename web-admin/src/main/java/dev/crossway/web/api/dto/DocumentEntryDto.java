package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crossway.initiator.application.DocumentRef;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One document of Redox's {@code DocumentQueryResponse.Documents[]}: {@code ID}, {@code Title},
 * {@code DateTime}, {@code Type}, {@code TypeCode}, {@code FileType}, {@code Locale}, {@code Author}, {@code Visit},
 * {@code Location}
 * (every Redox key, null when the registry did not say), and Crossway's additions: where it lives
 * ({@code RepositoryUniqueID}, {@code HomeCommunityID}), {@code MimeType}, {@code Status}, {@code Size}.
 */
@Schema
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DocumentEntryDto(@JsonProperty("ID") String id, String title, Instant dateTime, String type,
                               ClinicalDto.CodeDto typeCode, String fileType, String locale, HeaderDto.AuthorDto author,
                               DocumentVisitDto visit, DocumentLocationDto location,
                               @JsonProperty("RepositoryUniqueID") String repositoryUniqueId,
                               @JsonProperty("HomeCommunityID") String homeCommunityId, String mimeType, String status,
                               Long size) {

    public static DocumentEntryDto of(DocumentRef d) {
        return new DocumentEntryDto(d.id(), d.title(), d.dateTime(), d.typeName(), typeCode(d), fileType(d.mimeType()), null, null, null, null,
                d.repositoryUniqueId(), d.homeCommunityId(), d.mimeType(), d.status(), d.size() < 0 ? null : d.size());
    }

    /** Redox's {@code Documents[].Visit}: the encounter the document belongs to (registries list none: null). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DocumentVisitDto(@JsonProperty("ID") String id, String startDateTime, String endDateTime) {
    }

    /** Redox's {@code Documents[].Location}. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DocumentLocationDto(String department) {
    }

    /** {@code code^^scheme} as Redox's coded value. */
    private static ClinicalDto.CodeDto typeCode(DocumentRef d) {
        if (d.typeCode() == null) {
            return null;
        }
        String[] parts = d.typeCode().split("\\^\\^", 2);
        return new ClinicalDto.CodeDto(parts[0], parts.length > 1 ? parts[1] : null, null, d.typeName(), java.util.List.of());
    }

    /** Redox's FileType: XML, PDF, TXT, ... from the MIME type. */
    public static String fileType(String mimeType) {
        if (mimeType == null) {
            return null;
        }
        String m = mimeType.toLowerCase(java.util.Locale.ROOT);
        if (m.contains("xml")) {
            return "XML";
        }
        if (m.contains("pdf")) {
            return "PDF";
        }
        if (m.startsWith("text/")) {
            return "TXT";
        }
        int slash = m.indexOf('/');
        return slash < 0 ? m.toUpperCase(java.util.Locale.ROOT) : m.substring(slash + 1).toUpperCase(java.util.Locale.ROOT);
    }
}
