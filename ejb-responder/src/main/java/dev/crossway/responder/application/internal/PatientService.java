package dev.crossway.responder.application.internal;

import dev.crossway.responder.application.ResponderField;
import dev.crossway.responder.application.WriteOutcome;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.PatientId;
import dev.crossway.responder.application.PatientForm;
import dev.crossway.responder.application.PatientNotFoundException;
import dev.crossway.responder.application.ResponderValidationException;
import dev.crossway.responder.domain.community.CommunityMode;
import dev.crossway.responder.domain.community.CommunityRepository;
import dev.crossway.responder.domain.community.HostedCommunity;
import dev.crossway.responder.domain.document.DocumentRepository;
import dev.crossway.responder.domain.document.StoredDocument;
import dev.crossway.responder.domain.identity.BlockingKey;
import dev.crossway.responder.domain.identity.IdentityStore;
import dev.crossway.responder.domain.patient.Patient;
import dev.crossway.responder.domain.patient.PatientDemographics;
import dev.crossway.responder.domain.patient.PatientRepository;
import dev.crossway.responder.domain.patient.Sex;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Registers, updates and merges patients of stored-mode communities. Every change forgets the
 * identity cache entries the patient could change (a new or changed patient can turn a cached "no
 * match" into a match, a match into several or none): those of the blocks of the index it belonged
 * to before and belongs to after ({@link BlockingKey}), of both patients for a merge. Forgotten
 * twice: before the commit, so that a cluster that cannot be told fails the change, and after it,
 * so that a query that read the old rows in between cannot leave its answer behind. Audited.
 */
final class PatientService {

    private final CommunityRepository communities;
    private final PatientRepository patients;
    private final DocumentRepository documents;
    private final IdentityStore identities;
    private final GatewayAudit audit;
    private final Clock clock;
    private final AfterCommit afterCommit;

    PatientService(CommunityRepository communities, PatientRepository patients, DocumentRepository documents,
                   IdentityStore identities, GatewayAudit audit, Clock clock, AfterCommit afterCommit) {
        this.communities = communities;
        this.patients = patients;
        this.documents = documents;
        this.identities = identities;
        this.audit = audit;
        this.clock = clock;
        this.afterCommit = afterCommit;
    }

    /** A patient after a registration, and what the registration did. */
    record Registered(Patient patient, WriteOutcome outcome) {
    }

    /** Registers, or updates the active patient already holding one of the identifiers (a no-op when equal). */
    Registered register(PatientForm form, String actor) {
        HostedCommunity community = storedCommunity(form.communityHcid());
        checkIdentifiers(form, community);
        // one look-up per identifier (a round trip each), read once for both questions below
        List<Optional<Patient>> holders = form.identifiers().stream()
                .map(id -> patients.byIdentifier(community.homeCommunityId(), id)).toList();
        Optional<Patient> known = holders.stream().flatMap(Optional::stream).filter(Patient::isActive).findFirst();
        if (known.isPresent()) {
            Patient p = known.get();
            PatientDemographics d = demographics(form);
            if (d.equals(p.demographics()) && p.identifiers().containsAll(form.identifiers())) {
                return new Registered(p, WriteOutcome.UNCHANGED);
            }
            return new Registered(update(form, actor), WriteOutcome.UPDATED);
        }
        int i = 0;
        for (PatientId id : form.identifiers()) {
            if (holders.get(i++).isPresent()) {
                throw new ResponderValidationException(ResponderField.PATIENT_IDENTIFIERS, "patient " + id.toCx() + " was merged into another patient");
            }
        }
        Patient p = new Patient(community.homeCommunityId(), form.identifiers(), demographics(form), clock.instant());
        patients.add(p);
        changed(community, actor, p, "patient registered", blocks(p));
        return new Registered(p, WriteOutcome.CREATED);
    }

    Patient update(PatientForm form, String actor) {
        HostedCommunity community = storedCommunity(form.communityHcid());
        checkIdentifiers(form, community);
        Patient p = form.identifiers().stream().map(id -> patients.byIdentifier(community.homeCommunityId(), id))
                .flatMap(Optional::stream).filter(Patient::isActive).findFirst()
                .orElseThrow(() -> new PatientNotFoundException(ResponderField.PATIENT_IDENTIFIERS,
                        "no active patient of community " + community.homeCommunityId() + " holds these identifiers"));
        for (PatientId id : form.identifiers()) {
            patients.byIdentifier(community.homeCommunityId(), id).filter(other -> !other.equals(p)).ifPresent(other -> {
                throw new ResponderValidationException(ResponderField.PATIENT_IDENTIFIERS, id.toCx() + " belongs to another patient");
            });
        }
        Set<BlockingKey> blocks = blocks(p);
        p.change(demographics(form), clock.instant());
        p.addIdentifiers(form.identifiers());
        blocks.addAll(blocks(p));
        changed(community, actor, p, "patient updated", blocks);
        return p;
    }

    Patient merge(String communityHcid, PatientId survivorId, PatientId retiredId, String actor) {
        HostedCommunity community = storedCommunity(communityHcid);
        Patient survivor = active(community, survivorId, ResponderField.PATIENT_IDENTIFIERS);
        Patient retired = active(community, retiredId, ResponderField.PRIOR_PATIENT_IDENTIFIERS);
        if (survivor.equals(retired)) {
            throw new ResponderValidationException(ResponderField.PRIOR_PATIENT_IDENTIFIERS, "a patient cannot be merged into itself");
        }
        retired.mergeInto(survivor, clock.instant());
        if (retired.isOptedOut() && !survivor.isOptedOut()) {
            // the more restrictive choice survives: the retired patient's documents move to the survivor,
            // and its opt-out of network disclosure must not be undone by a merge
            survivor.recordConsent(true, clock.instant(), actor + " (merge of opted-out " + retiredId.toCx() + ")");
        }
        PatientId main = survivor.identifierUnder(community.assigningAuthority()).orElse(survivorId);
        for (StoredDocument d : documents.ofPatient(retired.id())) {
            d.reassign(survivor.id(), main);
        }
        Set<BlockingKey> blocks = blocks(survivor);
        blocks.addAll(blocks(retired));
        changed(community, actor, survivor, "patient " + retiredId.toCx() + " merged into " + survivorId.toCx(), blocks);
        return survivor;
    }

    private Patient active(HostedCommunity community, PatientId id, ResponderField field) {
        return patients.byIdentifier(community.homeCommunityId(), id).filter(Patient::isActive)
                .orElseThrow(() -> new PatientNotFoundException(field, "no active patient " + id.toCx() + " in community "
                        + community.homeCommunityId()));
    }

    /**
     * Forgets the cached answers that could have named {@code p} (its blocks), now and again after
     * the commit: an answer computed meanwhile from the rows as they were is gone too.
     */
    void forgetCachedAnswers(HostedCommunity community, Patient p) {
        String hcid = community.homeCommunityId().oid().value();
        Set<BlockingKey> blocks = blocks(p);
        identities.invalidate(hcid, blocks);
        afterCommit.run(() -> identities.invalidate(hcid, blocks));
    }

    private static Set<BlockingKey> blocks(Patient p) {
        return new TreeSet<>(BlockingKey.of(p.demographics(), p.identifiers()));
    }

    private void changed(HostedCommunity community, String actor, Patient p, String what, Set<BlockingKey> blocks) {
        String hcid = community.homeCommunityId().oid().value();
        identities.invalidate(hcid, blocks);
        afterCommit.run(() -> identities.invalidate(hcid, blocks));
        String main = p.identifierUnder(community.assigningAuthority()).map(PatientId::toCx).orElse(null);
        audit.admin(actor, hcid, main, what);
    }

    HostedCommunity storedCommunity(String hcid) {
        HomeCommunityId id = Fields.community(hcid, ResponderField.COMMUNITY, "Meta.FacilityCode");
        HostedCommunity c = communities.find(id).orElseThrow(() -> new ResponderValidationException(ResponderField.COMMUNITY,
                "community " + id + " is not hosted here"));
        if (c.mode() != CommunityMode.STORED) {
            throw new ResponderValidationException(ResponderField.COMMUNITY, "community " + id
                    + " is in Gateway mode: its patients live in its own systems");
        }
        return c;
    }

    private static void checkIdentifiers(PatientForm form, HostedCommunity community) {
        if (form.identifiers().isEmpty()) {
            throw new ResponderValidationException(ResponderField.PATIENT_IDENTIFIERS, "at least one identifier is required");
        }
        if (form.identifiers().stream().noneMatch(i -> i.assigningAuthority().equals(community.assigningAuthority()))) {
            throw new ResponderValidationException(ResponderField.PATIENT_IDENTIFIERS, "one identifier must be under the community's"
                    + " assigning authority " + community.assigningAuthority());
        }
    }

    private static PatientDemographics demographics(PatientForm f) {
        String first = Fields.required(f.firstName(), ResponderField.PATIENT_FIRST_NAME, "Patient.Demographics.FirstName", 100);
        String last = Fields.required(f.lastName(), ResponderField.PATIENT_LAST_NAME, "Patient.Demographics.LastName", 100);
        if (f.birthDate() == null) {
            throw new ResponderValidationException(ResponderField.PATIENT_BIRTH_DATE, "Patient.Demographics.DOB is required");
        }
        if (f.birthDate().isAfter(java.time.LocalDate.now().plusDays(1)) || f.birthDate().getYear() < 1850) {
            throw new ResponderValidationException(ResponderField.PATIENT_BIRTH_DATE, "birth date " + f.birthDate() + " is impossible");
        }
        Sex sex;
        try {
            sex = Sex.parse(f.sex());
        } catch (IllegalArgumentException e) {
            throw new ResponderValidationException(ResponderField.PATIENT_SEX, e.getMessage());
        }
        return new PatientDemographics(first, Fields.optional(f.middleName(), ResponderField.PATIENT_MIDDLE_NAME, "Patient.Demographics.MiddleName", 100), last,
                f.birthDate(), sex,
                Fields.optional(f.street(), ResponderField.PATIENT_STREET, "Patient.Demographics.Address.StreetAddress", 255),
                Fields.optional(f.city(), ResponderField.PATIENT_CITY, "Patient.Demographics.Address.City", 100),
                Fields.optional(f.state(), ResponderField.PATIENT_STATE, "Patient.Demographics.Address.State", 50),
                Fields.optional(f.zip(), ResponderField.PATIENT_ZIP, "Patient.Demographics.Address.ZIP", 20),
                Fields.optional(f.homePhone(), ResponderField.PATIENT_HOME_PHONE, "Patient.Demographics.PhoneNumber.Home", 40),
                Fields.optional(f.mobilePhone(), ResponderField.PATIENT_MOBILE_PHONE, "Patient.Demographics.PhoneNumber.Mobile", 40));
    }
}
