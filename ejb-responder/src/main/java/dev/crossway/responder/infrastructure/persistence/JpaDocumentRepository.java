package dev.crossway.responder.infrastructure.persistence;

import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.responder.domain.document.DocumentContent;
import dev.crossway.responder.domain.document.DocumentCriteria;
import dev.crossway.responder.domain.document.DocumentRepository;
import dev.crossway.responder.domain.document.StoredDocument;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import javax.sql.DataSource;

@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {

    @PersistenceContext(unitName = "responder")
    private EntityManager em;
    /** The entity manager's data source, for the gateway's reads in plain JDBC; null outside the server. */
    @Resource(lookup = "java:jboss/datasources/CrosswayDS")
    private DataSource dataSource;

    protected JpaDocumentRepository() {
    }

    public JpaDocumentRepository(EntityManager em) {
        this.em = em;
    }

    /** Plain JDBC ({@link Jdbc}): the documents read from their rows, not managed (the gateway only reads them). */
    @Override
    public List<StoredDocument> find(HomeCommunityId community, DocumentCriteria criteria, int maxResults) {
        FindDocumentsSql query = new FindDocumentsSql(community, criteria, maxResults);
        return Jdbc.read(dataSource, em, c -> {
            try (PreparedStatement st = c.prepareStatement(query.sql())) {
                query.bind(st);
                try (ResultSet r = st.executeQuery()) {
                    List<StoredDocument> found = new ArrayList<>();
                    StoredDocument.Columns columns = new RowColumns(r);
                    while (r.next()) {
                        found.add(StoredDocument.read(columns));
                    }
                    return found;
                }
            }
        });
    }

    /** The current row's columns by name; instants in UTC, as {@code hibernate.jdbc.time_zone} reads them. */
    private record RowColumns(ResultSet r) implements StoredDocument.Columns {

        private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

        @Override
        public String text(String column) {
            try {
                return r.getString(column);
            } catch (SQLException e) {
                throw new PersistenceException("cannot read " + column, e);
            }
        }

        @Override
        public Long number(String column) {
            try {
                long v = r.getLong(column);
                return r.wasNull() ? null : v;
            } catch (SQLException e) {
                throw new PersistenceException("cannot read " + column, e);
            }
        }

        @Override
        public Instant instant(String column) {
            try {
                Timestamp t = r.getTimestamp(column, Calendar.getInstance(UTC));
                return t == null ? null : t.toInstant();
            } catch (SQLException e) {
                throw new PersistenceException("cannot read " + column, e);
            }
        }
    }

    @Override
    public List<StoredDocument> byUniqueIds(HomeCommunityId community, Collection<String> uniqueIds) {
        if (uniqueIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d from StoredDocument d where d.communityHcid = :c and d.uniqueId in :ids order by d.id",
                        StoredDocument.class)
                .setParameter("c", community.oid().value()).setParameter("ids", List.copyOf(uniqueIds)).getResultList();
    }

    @Override
    public List<StoredDocument> byEntryUuids(HomeCommunityId community, Collection<String> entryUuids) {
        if (entryUuids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d from StoredDocument d where d.communityHcid = :c and d.entryUuid in :ids order by d.id",
                        StoredDocument.class)
                .setParameter("c", community.oid().value()).setParameter("ids", List.copyOf(entryUuids)).getResultList();
    }

    @Override
    public List<StoredDocument> ofPatient(long patientKey) {
        return em.createQuery("select d from StoredDocument d where d.patientKey = :p order by d.id", StoredDocument.class)
                .setParameter("p", patientKey).getResultList();
    }

    @Override
    public Optional<StoredDocument> byUniqueId(HomeCommunityId community, DocumentUniqueId uniqueId) {
        // a scalar parameter, not the list of byUniqueIds: a query with a list parameter is translated to SQL at every execution
        return em.createQuery("select d from StoredDocument d where d.communityHcid = :c and d.uniqueId = :id",
                        StoredDocument.class)
                .setParameter("c", community.oid().value()).setParameter("id", uniqueId.value()).getResultList().stream().findFirst();
    }

    @Override
    public boolean uniqueIdTaken(DocumentUniqueId uniqueId) {
        return !em.createQuery("select d.id from StoredDocument d where d.uniqueId = :u", Long.class)
                .setParameter("u", uniqueId.value()).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * The column itself, not the entity: loading {@link DocumentContent} kept a snapshot copy of the
     * bytes for dirty checking and its accessor returned another (three arrays of a document's
     * size per retrieve, for a value that is only read).
     */
    @Override
    public Optional<byte[]> content(long documentId) {
        List<?> rows = em.createNativeQuery("select content from document_content where document_id = ?1")
                .setParameter(1, documentId).getResultList();
        return rows.stream().findFirst().map(JpaDocumentRepository::bytes);
    }

    private static byte[] bytes(Object column) {
        if (column instanceof byte[] b) {
            return b;
        }
        if (column instanceof java.sql.Blob blob) {
            try {
                return blob.getBytes(1, Math.toIntExact(blob.length()));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("cannot read a document's bytes", e);
            }
        }
        throw new IllegalStateException("document content read as " + column.getClass().getName());
    }

    @Override
    public Optional<StoredDocument> byKey(long documentId) {
        return Optional.ofNullable(em.find(StoredDocument.class, documentId));
    }

    @Override
    public List<StoredDocument> successors(long documentId) {
        return em.createQuery("select d from StoredDocument d where d.parentId = :p order by d.id", StoredDocument.class)
                .setParameter("p", documentId).getResultList();
    }

    @Override
    public void add(StoredDocument document, byte[] content) {
        em.persist(document);
        em.flush();
        em.persist(new DocumentContent(document.id(), content));
    }
}
