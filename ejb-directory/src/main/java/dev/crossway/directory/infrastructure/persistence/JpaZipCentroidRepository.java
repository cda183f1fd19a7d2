package dev.crossway.directory.infrastructure.persistence;

import dev.crossway.directory.domain.GeoPoint;
import dev.crossway.directory.domain.ZipCentroid;
import dev.crossway.directory.domain.ZipCentroidRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ZIP centroids. Lookups by ZIP go through the second-level cache; a load writes whole batches
 * with one multi-row {@code INSERT ... ON DUPLICATE KEY UPDATE} and then evicts the cache.
 */
@ApplicationScoped
public class JpaZipCentroidRepository implements ZipCentroidRepository {

    @PersistenceContext(unitName = "directory")
    private EntityManager em;

    protected JpaZipCentroidRepository() {
    }

    public JpaZipCentroidRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<ZipCentroid> find(String zip5) {
        return Optional.ofNullable(em.find(ZipCentroid.class, zip5));
    }

    @Override
    public Optional<GeoPoint> prefixCentroid(String prefix3) {
        if (prefix3 == null || !prefix3.matches("\\d{3}")) {
            return Optional.empty();
        }
        Object[] row = (Object[]) em.createNativeQuery("select avg(latitude), avg(longitude), count(*) from zip_centroid where zip like ?")
                .setParameter(1, prefix3 + "%").getSingleResult();
        if (row[2] == null || ((Number) row[2]).longValue() == 0) {
            return Optional.empty();
        }
        return Optional.of(new GeoPoint(((Number) row[0]).doubleValue(), ((Number) row[1]).doubleValue()));
    }

    @Override
    public Map<String, ZipCentroid> findAll(Collection<String> zip5s) {
        Map<String, ZipCentroid> found = new HashMap<>();
        if (!zip5s.isEmpty()) {
            em.createQuery("select z from ZipCentroid z where z.zip in :zips", ZipCentroid.class)
                    .setParameter("zips", zip5s.stream().distinct().toList())
                    .getResultList().forEach(z -> found.put(z.zip(), z));
        }
        return found;
    }

    @Override
    public void upsert(List<ZipCentroid> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("insert into zip_centroid (zip, latitude, longitude, city, state) values ");
        for (int i = 0; i < rows.size(); i++) {
            int b = i * 5;
            sql.append(i == 0 ? "" : ",").append("(?").append(b + 1).append(",?").append(b + 2).append(",?")
                    .append(b + 3).append(",?").append(b + 4).append(",?").append(b + 5).append(")");
        }
        sql.append(" on duplicate key update latitude = values(latitude), longitude = values(longitude),"
                + " city = values(city), state = values(state)");
        Query q = em.createNativeQuery(sql.toString());
        for (int i = 0; i < rows.size(); i++) {
            ZipCentroid z = rows.get(i);
            int b = i * 5;
            q.setParameter(b + 1, z.zip());
            q.setParameter(b + 2, z.point().latitude());
            q.setParameter(b + 3, z.point().longitude());
            q.setParameter(b + 4, z.city());
            q.setParameter(b + 5, z.state());
        }
        q.executeUpdate();
        em.getEntityManagerFactory().getCache().evict(ZipCentroid.class);
    }

    @Override
    public long count() {
        return em.createQuery("select count(z) from ZipCentroid z", Long.class).getSingleResult();
    }
}
