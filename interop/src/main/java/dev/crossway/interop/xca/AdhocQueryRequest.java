package dev.crossway.interop.xca;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.PatientId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An ITI-38 stored query: which query, LeafClass or ObjectRef, the community asked ({@code home})
 * and its parameters. A parameter holds one list per slot of that name (AND between them) of
 * values (OR within a slot). Patient ids are checked strictly as CX, the field injection targets.
 */
public record AdhocQueryRequest(StoredQuery query, ReturnType returnType, Optional<HomeCommunityId> home,
                                Map<String, List<List<String>>> parameters) {

    static final Set<String> PATIENT_PARAMETERS = Set.of("$XDSDocumentEntryPatientId", "$XDSSubmissionSetPatientId",
            "$XDSFolderPatientId", "$patientId");
    private static final Pattern CX = Pattern.compile("[^\\s'\"^&;]+\\^\\^\\^&[0-2](\\.(0|[1-9][0-9]*))+&ISO");

    public AdhocQueryRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(returnType, "returnType");
        Objects.requireNonNull(home, "home");
        Map<String, List<List<String>>> copy = new LinkedHashMap<>();
        parameters.forEach((k, v) -> copy.put(k, v.stream().map(List::copyOf).toList()));
        parameters = java.util.Collections.unmodifiableMap(copy);
        for (String required : query.requiredParameters()) {
            if (!parameters.containsKey(required)) {
                throw new IllegalArgumentException(RegistryError.STORED_QUERY_MISSING_PARAM + ": " + query
                        + " requires " + required);
            }
        }
        for (String name : PATIENT_PARAMETERS) {
            List<List<String>> values = parameters.getOrDefault(name, List.of());
            if (values.size() > 1 || values.stream().anyMatch(v -> v.size() != 1)) {
                throw new IllegalArgumentException(RegistryError.STORED_QUERY_PARAM_NUMBER + ": " + name + " takes exactly one value");
            }
            values.forEach(v -> {
                if (!CX.matcher(v.get(0)).matches()) {
                    throw new IllegalArgumentException(name + " is not a CX patient id (id^^^&OID&ISO)");
                }
            });
        }
    }

    /** A FindDocuments query for approved documents of a patient in a community. */
    public static AdhocQueryRequest findDocuments(PatientId patient, HomeCommunityId home) {
        Map<String, List<List<String>>> p = new LinkedHashMap<>();
        p.put("$XDSDocumentEntryPatientId", List.of(List.of(patient.toCx())));
        p.put("$XDSDocumentEntryStatus", List.of(List.of(EbXml.STATUS_APPROVED)));
        return new AdhocQueryRequest(StoredQuery.FIND_DOCUMENTS, ReturnType.LEAF_CLASS, Optional.ofNullable(home), p);
    }

    /** A copy with one more slot of this name (ANDed with any existing one) holding these OR-ed values. */
    public AdhocQueryRequest with(String name, List<String> orValues) {
        Map<String, List<List<String>>> p = new LinkedHashMap<>(parameters);
        List<List<String>> groups = new ArrayList<>(p.getOrDefault(name, List.of()));
        groups.add(orValues);
        p.put(name, groups);
        return new AdhocQueryRequest(query, returnType, home, p);
    }

    /** The patient the query is about, whichever patient parameter carries it. */
    public Optional<PatientId> patientId() {
        return PATIENT_PARAMETERS.stream().filter(parameters::containsKey).findFirst()
                .map(n -> PatientId.fromCx(parameters.get(n).get(0).get(0)));
    }

    /** All values of a parameter, AND-groups of OR-lists; empty when absent. */
    public List<List<String>> values(String name) {
        return parameters.getOrDefault(name, List.of());
    }

    /** A parameter of coded values ({@code code^^scheme}) as AND-groups of OR-lists. */
    public List<List<Code>> codes(String name) {
        return values(name).stream().map(g -> g.stream().map(Code::parse).toList()).toList();
    }

    /** A single-valued parameter such as a time bound. */
    public Optional<String> single(String name) {
        List<List<String>> v = values(name);
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0).get(0));
    }
}
