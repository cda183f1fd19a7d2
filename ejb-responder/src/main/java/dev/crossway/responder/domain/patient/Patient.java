package dev.crossway.responder.domain.patient;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.PatientId;
import dev.crossway.responder.domain.matching.MatchSubject;
import dev.crossway.responder.domain.matching.Names;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A patient of a hosted community's index, with the ids partners gave it (the first under the
 * community's assigning authority is the one XCPD returns and XCA queries by). A patient merged
 * into another is kept, inactive, pointing at the survivor, so that old ids still resolve.
 */
@Entity
@Table(name = "patient")
public class Patient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version")
    private long version;

    @Column(name = "community_hcid", length = 64, nullable = false)
    private String communityHcid;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "patient_identifier", joinColumns = @JoinColumn(name = "patient_id"))
    private Set<PatientIdentifier> identifiers = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "patient_name_key", joinColumns = @JoinColumn(name = "patient_id"))
    private Set<NameKey> nameKeys = new LinkedHashSet<>();

    @Column(name = "first_name", length = 100, nullable = false)
    private String firstName;

    @Column(name = "middle_name", length = 100)
    private String middleName;

    @Column(name = "last_name", length = 100, nullable = false)
    private String lastName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "sex", length = 10, nullable = false)
    private Sex sex;

    @Column(name = "street", length = 255)
    private String street;

    @Column(name = "city", length = 100)
    private String city;

    @Column(name = "state", length = 50)
    private String state;

    @Column(name = "zip", length = 20)
    private String zip;

    @Column(name = "home_phone", length = 40)
    private String homePhone;

    @Column(name = "mobile_phone", length = 40)
    private String mobilePhone;

    @Column(name = "active", nullable = false)
    private boolean active;

    // not "merged_into": Connector/J takes a column named *_into for SELECT ... INTO and refuses the query
    @Column(name = "survivor_id")
    private Long mergedInto;

    /** The patient opted out of disclosure to the network: XCPD and XCA answer as if it were unknown. */
    @Column(name = "opted_out", nullable = false)
    private boolean optedOut;

    @Column(name = "consent_changed_at")
    private Instant consentChangedAt;

    @Column(name = "consent_changed_by", length = 255)
    private String consentChangedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Patient() {
    }

    public Patient(HomeCommunityId community, List<PatientId> ids, PatientDemographics demographics, Instant now) {
        this.communityHcid = Objects.requireNonNull(community, "community").oid().value();
        this.active = true;
        this.createdAt = now;
        ids.forEach(i -> identifiers.add(new PatientIdentifier(communityHcid, i)));
        change(demographics, now);
    }

    /** New demographics (and so new index keys). */
    public final void change(PatientDemographics d, Instant now) {
        this.firstName = d.firstName();
        this.middleName = d.middleName();
        this.lastName = d.lastName();
        this.birthDate = d.birthDate();
        this.sex = d.sex();
        this.street = d.street();
        this.city = d.city();
        this.state = d.state();
        this.zip = d.zip();
        this.homePhone = d.homePhone();
        this.mobilePhone = d.mobilePhone();
        this.updatedAt = now;
        nameKeys.clear();
        Names.keys(lastName).forEach(k -> nameKeys.add(new NameKey(k, birthDate.getYear())));
    }

    /** Adds ids not yet held (an update may bring new ones; none is ever dropped). */
    public void addIdentifiers(List<PatientId> ids) {
        ids.forEach(i -> identifiers.add(new PatientIdentifier(communityHcid, i)));
    }

    /** This patient is the same person as {@code survivor}: retire it in the survivor's favour. */
    public void mergeInto(Patient survivor, Instant now) {
        if (survivor == this || survivor.id.equals(id)) {
            throw new IllegalArgumentException("a patient cannot be merged into itself");
        }
        this.active = false;
        this.mergedInto = survivor.id;
        this.updatedAt = now;
    }

    /**
     * Records the patient's choice about disclosure to the network ({@code optOut} true: nothing of
     * it is disclosed), when and by whom. Returns whether this changed anything.
     */
    public boolean recordConsent(boolean optOut, Instant now, String actor) {
        if (optOut == optedOut && consentChangedAt != null) {
            return false;
        }
        this.optedOut = optOut;
        this.consentChangedAt = now;
        this.consentChangedBy = actor;
        return true;
    }

    public boolean isOptedOut() {
        return optedOut;
    }

    public Optional<Consent> consent() {
        return consentChangedAt == null ? Optional.empty() : Optional.of(new Consent(optedOut, consentChangedAt, consentChangedBy));
    }

    public Long id() {
        return id;
    }

    public HomeCommunityId community() {
        return HomeCommunityId.of(communityHcid);
    }

    public List<PatientId> identifiers() {
        return identifiers.stream().map(PatientIdentifier::toPatientId).toList();
    }

    /** The id under {@code authority}, the one this community hands out. */
    public Optional<PatientId> identifierUnder(dev.crossway.interop.id.Oid authority) {
        return identifiers().stream().filter(i -> i.assigningAuthority().equals(authority)).findFirst();
    }

    /**
     * The id an XCPD answer names this patient by: its first id under {@code authority} (the
     * community's), or its first id at all when it has none there.
     */
    public PatientId mainIdentifier(dev.crossway.interop.id.Oid authority) {
        return identifierUnder(authority).orElse(identifiers().get(0));
    }

    public PatientDemographics demographics() {
        return new PatientDemographics(firstName, middleName, lastName, birthDate, sex, street, city, state, zip,
                homePhone, mobilePhone);
    }

    public boolean isActive() {
        return active;
    }

    public boolean isMerged() {
        return mergedInto != null;
    }

    public Optional<Long> mergedInto() {
        return Optional.ofNullable(mergedInto);
    }

    public MatchSubject toMatchSubject() {
        List<String> phones = new ArrayList<>();
        Stream.of(homePhone, mobilePhone).filter(Objects::nonNull).forEach(phones::add);
        return new MatchSubject(id == null ? 0 : id, firstName, middleName, lastName, birthDate, sex, street, zip, phones);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Patient p && id != null && id.equals(p.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
