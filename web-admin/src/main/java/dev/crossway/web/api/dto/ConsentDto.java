package dev.crossway.web.api.dto;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * PatientAdmin Consent (Crossway's event): the patient's choice about disclosure to the network,
 * {@code NetworkDisclosure} {@code OptOut} or {@code OptIn}; answers add when and by whom it was recorded.
 */
@Schema
public record ConsentDto(MetaDto meta, PatientDto patient, ConsentBody consent) {

    public record ConsentBody(String networkDisclosure, Instant recordedAt, String recordedBy) {
    }
}
