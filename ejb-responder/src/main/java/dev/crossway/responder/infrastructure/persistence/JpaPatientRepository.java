package dev.crossway.responder.infrastructure.persistence;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.id.Oid;
import dev.crossway.responder.domain.patient.MatchCandidate;
import dev.crossway.responder.domain.patient.Patient;
import dev.crossway.responder.domain.patient.PatientStanding;
import dev.crossway.responder.domain.patient.Sex;
import dev.crossway.responder.domain.patient.PatientRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

@ApplicationScoped
public class JpaPatientRepository implements PatientRepository {

    @PersistenceContext(unitName = "responder")
    private EntityManager em;
    /** The entity manager's data source, for reads that map no entity; null outside the server. */
    @Resource(lookup = "java:jboss/datasources/CrosswayDS")
    private DataSource dataSource;

    protected JpaPatientRepository() {
    }

    public JpaPatientRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Patient> byIdentifier(HomeCommunityId community, PatientId id) {
        List<Number> keys = em.createNativeQuery("select patient_id from patient_identifier where community_hcid = ?1"
                        + " and assigning_authority = ?2 and id_value = ?3")
                .setParameter(1, community.oid().value())
                .setParameter(2, id.assigningAuthority().value())
                .setParameter(3, id.value())
                .getResultList();
        return keys.isEmpty() ? Optional.empty() : byKey(keys.get(0).longValue());
    }

    @Override
    public Optional<Patient> byKey(long key) {
        return Optional.ofNullable(em.find(Patient.class, key));
    }

    @Override
    public List<Patient> candidates(HomeCommunityId community, Collection<String> nameKeys, int fromYear, int toYear) {
        if (nameKeys.isEmpty()) {
            return List.of();
        }
        List<Number> ids = em.createNativeQuery("select distinct k.patient_id from patient_name_key k"
                        + " join patient p on p.id = k.patient_id"
                        + " where k.name_key in (?1) and k.birth_year between ?2 and ?3"
                        + " and p.community_hcid = ?4 and p.active = true")
                .setParameter(1, List.copyOf(nameKeys))
                .setParameter(2, fromYear)
                .setParameter(3, toYear)
                .setParameter(4, community.oid().value())
                .setMaxResults(200)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Patient p where p.id in :ids", Patient.class)
                .setParameter("ids", ids.stream().map(Number::longValue).toList())
                .getResultList();
    }

    /**
     * One statement: the candidates' rows with their id under {@code authority}, instead of the ids,
     * then the entities, then their identifier and name-key collections (four round trips, and
     * collections matching never reads). A candidate with no id or several ids under the authority
     * (not something the store writes) is loaded as an entity, so that it is named exactly as
     * {@link Patient#mainIdentifier} names it. Plain JDBC ({@link #read}): no Hibernate session for a
     * read that maps no entity.
     */
    @Override
    public List<MatchCandidate> matchCandidates(HomeCommunityId community, Oid authority, Collection<String> nameKeys,
                                                int fromYear, int toYear) {
        if (nameKeys.isEmpty()) {
            return List.of();
        }
        // one parameter per key; the date as text and the flag as a number: the same Java types whatever the driver and zone
        List<String> keys = List.copyOf(nameKeys);
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            in.append(i == 0 ? "?" : ", ?");
        }
        String sql = "select p.id, p.first_name, p.middle_name, p.last_name,"
                + " cast(p.birth_date as char(10)), p.sex, p.street, p.zip, p.home_phone, p.mobile_phone,"
                + " cast(p.opted_out as signed),"
                + " (select min(i.id_value) from patient_identifier i where i.patient_id = p.id and i.assigning_authority = ?),"
                + " (select count(*) from patient_identifier i where i.patient_id = p.id and i.assigning_authority = ?)"
                + " from patient p where p.id in (select k.patient_id from patient_name_key k"
                + " where k.name_key in (" + in + ") and k.birth_year between ? and ?)"
                + " and p.community_hcid = ? and p.active = true order by p.id limit 200";
        List<Row> rows = read(c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                int at = 1;
                st.setString(at++, authority.value());
                st.setString(at++, authority.value());
                for (String k : keys) {
                    st.setString(at++, k);
                }
                st.setInt(at++, fromYear);
                st.setInt(at++, toYear);
                st.setString(at, community.oid().value());
                try (ResultSet r = st.executeQuery()) {
                    List<Row> read = new ArrayList<>();
                    while (r.next()) {
                        long key = r.getLong(1);
                        String id = r.getString(12);
                        read.add(new Row(key, id == null || r.getLong(13) != 1 ? null
                                : new MatchCandidate(key, r.getString(2), r.getString(3), r.getString(4), LocalDate.parse(r.getString(5)),
                                Sex.valueOf(r.getString(6)), r.getString(7), r.getString(8), r.getString(9), r.getString(10),
                                r.getLong(11) != 0, new PatientId(id, authority))));
                    }
                    return read;
                }
            }
        });
        // in the row's place, as the one query ordered them
        List<MatchCandidate> found = new ArrayList<>(rows.size());
        for (Row row : rows) {
            if (row.candidate() != null) {
                found.add(row.candidate());
            } else {
                byKey(row.key()).ifPresent(p -> found.add(MatchCandidate.of(p, authority)));
            }
        }
        return found;
    }

    /** A candidate row: its key, and the candidate read from it, or null where it must be read as an entity. */
    private record Row(long key, MatchCandidate candidate) {
    }

    /** One statement on the patient row (the identifier's unique key, then the patient's primary key). */
    @Override
    public Optional<PatientStanding> standingByIdentifier(HomeCommunityId community, PatientId id) {
        return read(c -> {
            try (PreparedStatement st = c.prepareStatement("select " + STANDING
                    + " from patient_identifier i join patient p on p.id = i.patient_id"
                    + " where i.community_hcid = ? and i.assigning_authority = ? and i.id_value = ?")) {
                st.setString(1, community.oid().value());
                st.setString(2, id.assigningAuthority().value());
                st.setString(3, id.value());
                return standing(st);
            }
        });
    }

    @Override
    public Optional<PatientStanding> standingByKey(long key) {
        return read(c -> {
            try (PreparedStatement st = c.prepareStatement("select " + STANDING + " from patient p where p.id = ?")) {
                st.setLong(1, key);
                return standing(st);
            }
        });
    }

    /** The columns of a {@link PatientStanding}, the flags as numbers (one Java type whatever the driver maps BOOLEAN to). */
    private static final String STANDING = "p.id, p.survivor_id, cast(p.active as signed), cast(p.opted_out as signed)";

    private static Optional<PatientStanding> standing(PreparedStatement st) throws SQLException {
        try (ResultSet r = st.executeQuery()) {
            if (!r.next()) {
                return Optional.empty();
            }
            long key = r.getLong(1);
            long survivor = r.getLong(2);
            Long mergedInto = r.wasNull() ? null : survivor;
            return Optional.of(new PatientStanding(key, mergedInto, r.getLong(3) != 0, r.getLong(4) != 0));
        }
    }

    /**
     * A read in plain JDBC: in the server on a connection of the application's data source (enlisted
     * in the caller's transaction when there is one, as the entity manager's would be); outside it
     * (tests, {@code RESOURCE_LOCAL}) on the entity manager's own connection.
     */
    private <T> T read(Jdbc.Work<T> work) {
        return Jdbc.read(dataSource, em, work);
    }

    @Override
    public List<Patient> search(HomeCommunityId community, String text, int max) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return em.createQuery("select p from Patient p where p.communityHcid = :c order by p.lastName, p.firstName, p.id",
                    Patient.class).setParameter("c", community.oid().value()).setMaxResults(max).getResultList();
        }
        List<Number> byId = em.createNativeQuery("select patient_id from patient_identifier where community_hcid = ?1"
                        + " and id_value = ?2")
                .setParameter(1, community.oid().value()).setParameter(2, t).getResultList();
        String prefix = t.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createQuery("select p from Patient p where p.communityHcid = :c and (p.id in :ids"
                                + " or lower(p.lastName) like :prefix or lower(p.firstName) like :prefix)"
                                + " order by p.lastName, p.firstName, p.id", Patient.class)
                .setParameter("c", community.oid().value())
                .setParameter("ids", byId.isEmpty() ? List.of(-1L) : byId.stream().map(Number::longValue).toList())
                .setParameter("prefix", prefix)
                .setMaxResults(max).getResultList();
    }

    @Override
    public void add(Patient patient) {
        em.persist(patient);
    }
}
