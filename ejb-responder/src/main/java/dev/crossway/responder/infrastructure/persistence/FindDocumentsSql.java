package dev.crossway.responder.infrastructure.persistence;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.responder.domain.document.DocumentCriteria;
import dev.crossway.responder.domain.document.DocumentCriteria.CodeFilter;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of one FindDocuments query (it was JPQL, which Hibernate translated again at every
 * execution): every filter a bound parameter (slot values never become query text), codes OR-ed
 * within a slot and AND-ed across slots, served by the per-patient indexes; the newest first.
 */
final class FindDocumentsSql {

    private final StringBuilder where = new StringBuilder();
    private final List<Object> params = new ArrayList<>();
    private final String sql;

    /** The statement for {@code criteria} in {@code community}, at most {@code maxResults} rows; {@link #bind} sets its parameters. */
    FindDocumentsSql(HomeCommunityId community, DocumentCriteria c, int maxResults) {
        // a withdrawn document is never disclosed, whatever the query asks
        where.append("d.community_hcid = ? and d.patient_key = ? and d.withdrawn_at is null");
        params.add(community.oid().value());
        params.add(c.patientKey());
        if (!c.statuses().isEmpty()) {
            where.append(" and d.status in (");
            for (int i = 0; i < c.statuses().size(); i++) {
                where.append(i == 0 ? "?" : ", ?");
                params.add(c.statuses().get(i));
            }
            where.append(')');
        }
        codes("class", c.classCodes());
        codes("type", c.typeCodes());
        codes("format", c.formatCodes());
        codes("practice", c.practiceSettingCodes());
        bound("creation_time", ">=", c.creationFrom());
        bound("creation_time", "<", c.creationTo());
        bound("service_start", ">=", c.serviceStartFrom());
        bound("service_start", "<", c.serviceStartTo());
        bound("service_stop", ">=", c.serviceStopFrom());
        bound("service_stop", "<", c.serviceStopTo());
        params.add(maxResults);
        sql = "select d.* from stored_document d where " + where + " order by d.creation_time desc, d.id limit ?";
    }

    /** The statement text. */
    String sql() {
        return sql;
    }

    void bind(PreparedStatement st) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object v = params.get(i);
            if (v instanceof String text) {
                st.setString(i + 1, text);
            } else if (v instanceof Long n) {
                st.setLong(i + 1, n);
            } else {
                st.setInt(i + 1, (Integer) v);
            }
        }
    }

    /** {@code column} is the code's column prefix: {@code class} for class_code and class_scheme. */
    private void codes(String column, List<List<CodeFilter>> groups) {
        for (List<CodeFilter> group : groups) {
            where.append(" and (");
            for (int i = 0; i < group.size(); i++) {
                CodeFilter f = group.get(i);
                where.append(i == 0 ? "" : " or ").append("(d.").append(column).append("_code = ?");
                params.add(f.code());
                if (!f.scheme().isEmpty()) {
                    where.append(" and d.").append(column).append("_scheme = ?");
                    params.add(f.scheme());
                }
                where.append(")");
            }
            where.append(")");
        }
    }

    private void bound(String column, String op, String value) {
        if (value != null) {
            where.append(" and d.").append(column).append(' ').append(op).append(" ?");
            params.add(value);
        }
    }
}
