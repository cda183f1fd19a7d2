package dev.crossway.responder.infrastructure.persistence;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.responder.domain.document.DocumentCriteria;
import dev.crossway.responder.domain.document.DocumentCriteria.CodeFilter;
import dev.crossway.responder.domain.document.StoredDocument;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The JPQL of one FindDocuments query: every filter a bound parameter (slot values never become
 * query text), codes OR-ed within a slot and AND-ed across slots, served by the per-patient indexes.
 */
final class FindDocumentsJpql {

    private final DocumentCriteria c;
    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> params = new HashMap<>();

    FindDocumentsJpql(DocumentCriteria criteria) {
        this.c = criteria;
    }

    TypedQuery<StoredDocument> query(EntityManager em, HomeCommunityId community) {
        // a withdrawn document is never disclosed, whatever the query asks
        where.append("d.communityHcid = :community and d.patientKey = :patient and d.withdrawnAt is null");
        params.put("community", community.oid().value());
        params.put("patient", c.patientKey());
        if (!c.statuses().isEmpty()) {
            // one parameter per status, not a list parameter: Hibernate translates a query with a
            // list parameter to SQL again at every execution, and caches the translation of this one
            where.append(" and d.status in (");
            for (int i = 0; i < c.statuses().size(); i++) {
                String p = "p" + params.size();
                where.append(i == 0 ? ":" : ", :").append(p);
                params.put(p, c.statuses().get(i));
            }
            where.append(')');
        }
        codes("classCode", c.classCodes());
        codes("typeCode", c.typeCodes());
        codes("formatCode", c.formatCodes());
        codes("practiceSettingCode", c.practiceSettingCodes());
        bound("creationTimeKey", ">=", c.creationFrom());
        bound("creationTimeKey", "<", c.creationTo());
        bound("serviceStartKey", ">=", c.serviceStartFrom());
        bound("serviceStartKey", "<", c.serviceStartTo());
        bound("serviceStopKey", ">=", c.serviceStopFrom());
        bound("serviceStopKey", "<", c.serviceStopTo());
        TypedQuery<StoredDocument> q = em.createQuery("select d from StoredDocument d where " + where
                + " order by d.creationTimeKey desc, d.id", StoredDocument.class);
        params.forEach(q::setParameter);
        return q;
    }

    private void codes(String attribute, List<List<CodeFilter>> groups) {
        for (List<CodeFilter> group : groups) {
            where.append(" and (");
            for (int i = 0; i < group.size(); i++) {
                CodeFilter f = group.get(i);
                String p = "p" + params.size();
                where.append(i == 0 ? "" : " or ").append("(d.").append(attribute).append(".code = :").append(p);
                params.put(p, f.code());
                if (!f.scheme().isEmpty()) {
                    String s = "p" + params.size();
                    where.append(" and d.").append(attribute).append(".scheme = :").append(s);
                    params.put(s, f.scheme());
                }
                where.append(")");
            }
            where.append(")");
        }
    }

    private void bound(String attribute, String op, String value) {
        if (value != null) {
            String p = "p" + params.size();
            where.append(" and d.").append(attribute).append(' ').append(op).append(" :").append(p);
            params.put(p, value);
        }
    }
}
