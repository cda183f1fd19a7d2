package dev.crossway.web.api.dto;

import java.util.List;

public record PatientSearchReplyDto(MetaDto meta, PatientDto patient, List<PotentialMatchDto> potentialMatches,
                                    List<SourceDto> sources) {
}
