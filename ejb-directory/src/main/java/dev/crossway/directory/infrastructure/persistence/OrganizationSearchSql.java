package dev.crossway.directory.infrastructure.persistence;

import dev.crossway.directory.domain.GeoPoint;
import dev.crossway.directory.domain.Organization;
import dev.crossway.directory.domain.OrganizationFilter;
import dev.crossway.directory.domain.OrganizationHits;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One directory search as native SQL: a count, a page of ids (with distances on a radius search),
 * then the page's organizations by one {@code IN} query. A radius search first restricts to the
 * latitude/longitude box around the centre, through the quarter-degree latitude bands it spans
 * (index {@code ix_org_radius}: per band, only the box's longitude slice is read, and the count and
 * the page come from the index alone), and then computes the exact haversine distance, so only
 * the rows in the box pay for the trigonometry.
 */
final class OrganizationSearchSql {

    private final EntityManager em;
    private final OrganizationFilter f;
    private final StringBuilder where = new StringBuilder(" where 1=1");
    private final List<Object> params = new ArrayList<>();
    private String distance;

    OrganizationSearchSql(EntityManager em, OrganizationFilter filter) {
        this.em = em;
        this.f = filter;
    }

    OrganizationHits run() {
        buildWhere();
        long total = ((Number) bind(em.createNativeQuery("select count(*) from organization o" + where))
                .getSingleResult()).longValue();
        if (total == 0 || f.offset() >= total) {
            return new OrganizationHits(List.of(), total);
        }
        String select = distance == null
                ? "select o.oid, null from organization o" + where + " order by o.name, o.oid"
                : "select o.oid, " + distance + " as d from organization o" + where + " order by d, o.oid";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(select + " limit " + f.count() + " offset " + f.offset()))
                .getResultList();
        List<String> ids = rows.stream().map(r -> (String) r[0]).toList();
        Map<String, Organization> byId = new HashMap<>();
        for (Organization o : em.createQuery("select o from Organization o where o.oid in :ids", Organization.class)
                .setParameter("ids", ids).getResultList()) {
            byId.put(o.homeCommunityId().value(), o);
        }
        List<OrganizationHits.Hit> hits = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            Organization o = byId.get((String) r[0]);
            if (o != null) {
                hits.add(new OrganizationHits.Hit(o, r[1] == null ? null : ((Number) r[1]).doubleValue()));
            }
        }
        return new OrganizationHits(hits, total);
    }

    private void buildWhere() {
        switch (f.activity()) {
            case ACTIVE -> where.append(" and o.active = 1");
            case INACTIVE -> where.append(" and o.active = 0");
            default -> { }
        }
        if (f.nameContains() != null) {
            String term = f.nameContains().toLowerCase(Locale.ROOT);
            String words = fulltextWords(term);
            if (words != null) {
                // the FULLTEXT index (V2) finds the candidates, the LIKE keeps the exact phrase
                cond("match(o.search_text) against (? in boolean mode)", words);
            }
            cond("o.search_text like ? escape '!'", "%" + likeEscape(term) + "%");
        }
        if (f.identifier() != null) {
            cond("o.oid = ?", f.identifier().value());
        }
        if (f.city() != null) {
            cond("o.city = ?", f.city());
        }
        if (f.state() != null) {
            cond("o.state = ?", f.state().toUpperCase(Locale.ROOT));
        }
        if (f.zip() != null) {
            cond("o.zip like ? escape '!'", likeEscape(f.zip()) + "%");
        }
        if (f.transaction() != null || f.purposeOfUse() != null) {
            StringBuilder e = new StringBuilder("exists (select 1 from organization_endpoint e where e.organization_oid = o.oid");
            List<Object> p = new ArrayList<>();
            if (f.transaction() != null) {
                e.append(" and e.transaction_code = ?");
                p.add(f.transaction().name());
            }
            if (f.purposeOfUse() != null) {
                e.append(" and concat(',', e.purposes, ',') like ? escape '!'");
                p.add("%," + likeEscape(f.purposeOfUse().trim().toUpperCase(Locale.ROOT)) + ",%");
            }
            cond(e.append(")").toString(), p.toArray());
        }
        if (f.isRadius()) {
            radius(f.center(), f.radiusMiles());
        }
    }

    /** Latitude bands per degree: the generated column {@code lat_band} is {@code floor(latitude * 4)} (V6). */
    static final int BANDS_PER_DEGREE = 4;
    /** Past this many bands (a radius of several hundred miles) the band list is left out: ix_org_position serves. */
    static final int MAX_BANDS = 64;

    private void radius(GeoPoint c, double miles) {
        GeoPoint.BoundingBox box = c.boxAround(miles);
        String bands = latitudeBands(box.minLatitude(), box.maxLatitude());
        if (bands != null) {
            // small integers computed here, inlined like the numbers below (no injection)
            where.append(" and o.lat_band in (").append(bands).append(')');
        }
        cond("o.latitude between ? and ?", box.minLatitude(), box.maxLatitude());
        if (box.minLongitude() < -180) {
            cond("(o.longitude >= ? or o.longitude <= ?)", box.minLongitude() + 360, box.maxLongitude());
        } else if (box.maxLongitude() > 180) {
            cond("(o.longitude >= ? or o.longitude <= ?)", box.minLongitude(), box.maxLongitude() - 360);
        } else {
            cond("o.longitude between ? and ?", box.minLongitude(), box.maxLongitude());
        }
        // numbers are inlined (doubles, so no injection) to avoid repeating the parameters
        String lat = Double.toString(c.latitude());
        String lon = Double.toString(c.longitude());
        distance = "(" + (2 * GeoPoint.EARTH_RADIUS_MILES) + " * asin(least(1, sqrt("
                + "power(sin(radians(o.latitude - " + lat + ") / 2), 2)"
                + " + cos(radians(" + lat + ")) * cos(radians(o.latitude))"
                + " * power(sin(radians(o.longitude - " + lon + ") / 2), 2)))))";
        cond(distance + " <= ?", miles);
    }

    /**
     * The {@code lat_band} values a latitude range spans, comma-separated, or null when there are
     * more than {@link #MAX_BANDS}. A row whose latitude lies in the range has its band in the list
     * ({@code floor} is monotonic, and Java and MariaDB compute the same double product).
     */
    static String latitudeBands(double minLatitude, double maxLatitude) {
        long from = (long) Math.floor(minLatitude * BANDS_PER_DEGREE);
        long to = (long) Math.floor(maxLatitude * BANDS_PER_DEGREE);
        if (to - from + 1 > MAX_BANDS) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (long band = from; band <= to; band++) {
            b.append(b.length() == 0 ? "" : ",").append(band);
        }
        return b.toString();
    }

    private void cond(String sql, Object... values) {
        StringBuilder s = new StringBuilder(sql);
        for (Object v : values) {
            params.add(v);
            // each JDBC "?" becomes a numbered JPA positional parameter
            int at = nextPlaceholder(s);
            s.replace(at, at + 1, "?" + params.size() + " ");
        }
        where.append(" and ").append(s);
    }

    private static int nextPlaceholder(StringBuilder s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '?' && (i + 1 >= s.length() || !Character.isDigit(s.charAt(i + 1)))) {
                return i;
            }
        }
        throw new IllegalStateException("no placeholder left in " + s);
    }

    private Query bind(Query q) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return q;
    }

    /**
     * The boolean-mode expression "+word1* +word2*" for the words of a name term that the InnoDB
     * FULLTEXT parser indexes (letters and digits, at least {@link #FT_MIN_TOKEN} long, not a
     * default stopword), or null when none is: then the LIKE alone decides, by a scan. A word is
     * matched at the start of a word of the name ("cedar" finds "Cedar Ridge" and "Cedarville",
     * not "Redcedar").
     */
    static String fulltextWords(String term) {
        StringBuilder expr = new StringBuilder();
        for (String w : term.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= FT_MIN_TOKEN && w.length() <= FT_MAX_TOKEN && !FT_STOPWORDS.contains(w)) {
                expr.append(expr.length() == 0 ? "" : " ").append('+').append(w).append('*');
            }
        }
        return expr.length() == 0 ? null : expr.toString();
    }

    /** innodb_ft_min_token_size and innodb_ft_max_token_size defaults (MariaDB 10.11, MySQL 8). */
    static final int FT_MIN_TOKEN = 3;
    static final int FT_MAX_TOKEN = 84;

    /** InnoDB's default FULLTEXT stopwords (information_schema.INNODB_FT_DEFAULT_STOPWORD). */
    static final java.util.Set<String> FT_STOPWORDS = java.util.Set.of("a", "about", "an", "are", "as", "at", "be",
            "by", "com", "de", "en", "for", "from", "how", "i", "in", "is", "it", "la", "of", "on", "or", "that", "the",
            "this", "to", "was", "what", "when", "where", "who", "will", "with", "und", "www");

    static String likeEscape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
