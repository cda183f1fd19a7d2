package dev.crossway.web.api.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A patient's pre-visit queries, latest visit first, each with its results. */
@Schema
public record PreVisitResultsDto(MetaDto meta, List<PreVisitResultDto> appointments) {
}
