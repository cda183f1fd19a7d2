package dev.crossway.responder.domain.patient;

import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * One id of a patient under an assigning authority, stored with its community so that the
 * database keeps an id unique within a community.
 */
@Embeddable
public class PatientIdentifier {

    @Column(name = "community_hcid", length = 64, nullable = false)
    private String communityHcid;

    @Column(name = "id_value", length = 100, nullable = false)
    private String value;

    @Column(name = "assigning_authority", length = 64, nullable = false)
    private String assigningAuthority;

    protected PatientIdentifier() {
    }

    PatientIdentifier(String communityHcid, PatientId id) {
        this.communityHcid = communityHcid;
        this.value = id.value();
        this.assigningAuthority = id.assigningAuthority().value();
    }

    public PatientId toPatientId() {
        return new PatientId(value, Oid.of(assigningAuthority));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PatientIdentifier i && value.equals(i.value) && assigningAuthority.equals(i.assigningAuthority);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, assigningAuthority);
    }
}
