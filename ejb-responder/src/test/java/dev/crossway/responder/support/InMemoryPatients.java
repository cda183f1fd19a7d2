package dev.crossway.responder.support;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.PatientId;
import dev.crossway.responder.domain.matching.Names;
import dev.crossway.responder.domain.patient.Patient;
import dev.crossway.responder.domain.patient.PatientRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The patient index in memory, with the same candidate rule as the SQL (name key and birth year). */
public final class InMemoryPatients implements PatientRepository {

    private final List<Patient> patients = new ArrayList<>();
    public int candidateQueries;
    /** How many identifier look-ups were asked (each a database round trip in the real repository). */
    public int identifierQueries;

    @Override
    public Optional<Patient> byIdentifier(HomeCommunityId community, PatientId id) {
        identifierQueries++;
        return patients.stream().filter(p -> p.community().equals(community) && p.identifiers().contains(id)).findFirst();
    }

    @Override
    public Optional<Patient> byKey(long key) {
        return patients.stream().filter(p -> p.id() == key).findFirst();
    }

    @Override
    public List<Patient> candidates(HomeCommunityId community, Collection<String> nameKeys, int fromYear, int toYear) {
        candidateQueries++;
        return patients.stream().filter(p -> p.community().equals(community) && p.isActive())
                .filter(p -> Names.keys(p.demographics().lastName()).stream().anyMatch(nameKeys::contains))
                .filter(p -> p.demographics().birthDate().getYear() >= fromYear && p.demographics().birthDate().getYear() <= toYear)
                .toList();
    }

    @Override
    public List<Patient> search(HomeCommunityId community, String text, int max) {
        String t = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
        return patients.stream().filter(p -> p.community().equals(community))
                .filter(p -> t.isEmpty() || p.identifiers().stream().anyMatch(i -> i.value().equalsIgnoreCase(t))
                        || p.demographics().lastName().toLowerCase(java.util.Locale.ROOT).startsWith(t)
                        || p.demographics().firstName().toLowerCase(java.util.Locale.ROOT).startsWith(t))
                .limit(max).toList();
    }

    @Override
    public void add(Patient patient) {
        Ids.assign(patient);
        patients.add(patient);
    }
}
