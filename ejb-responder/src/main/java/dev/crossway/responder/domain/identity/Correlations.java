package dev.crossway.responder.domain.identity;

import java.time.Duration;

/**
 * Which patient ids an XCPD answer of ours disclosed to which initiator, for as long as the
 * correlation may be used (the {@code CorrelationTimeToLive} we announce). XCA asks for a
 * patient by id alone; without this, an initiator could skip XCPD and walk a community's
 * identifiers with FindDocuments, whose entries carry the patient's name and birth date
 * ({@code sourcePatientInfo}). Cluster-wide: the XCA query may reach another node.
 */
public interface Correlations {

    /** Remembers that {@code patientCx} of {@code community} was disclosed to {@code initiator}, for {@code ttl}. */
    void disclosed(String initiator, String community, String patientCx, Duration ttl);

    /** Whether an XCPD answer disclosed {@code patientCx} of {@code community} to {@code initiator}, and it is still valid. */
    boolean disclosedTo(String initiator, String community, String patientCx);

    static String key(String initiator, String community, String patientCx) {
        return initiator + '|' + community + '|' + patientCx;
    }
}
