package dev.crossway.interop.xcpd;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.PatientId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One matched patient of an XCPD response: the id to use in XCA queries to that community, the
 * patient's ids in other domains ({@code asOtherIDs}), the demographics the responder holds, the
 * responding community ({@code custodian}) and the match score ({@code queryMatchObservation}).
 */
public record PatientMatch(PatientId patientId, List<PatientId> otherIds, Demographics demographics,
                           Optional<HomeCommunityId> custodian, Optional<Integer> score) {

    public PatientMatch {
        Objects.requireNonNull(patientId, "patientId");
        otherIds = List.copyOf(otherIds);
        Objects.requireNonNull(demographics, "demographics");
        Objects.requireNonNull(custodian, "custodian");
        Objects.requireNonNull(score, "score");
        score.ifPresent(s -> {
            if (s < 0 || s > 100) {
                throw new IllegalArgumentException("match score " + s + " is not between 0 and 100");
            }
        });
    }
}
