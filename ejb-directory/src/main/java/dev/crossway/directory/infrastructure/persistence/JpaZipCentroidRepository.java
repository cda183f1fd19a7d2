package dev.crossway.directory.infrastructure.persistence;

import dev.crossway.directory.domain.GeoPoint;
import dev.crossway.directory.domain.ZipCentroid;
import dev.crossway.directory.domain.ZipCentroidRepository;
import dev.crossway.directory.domain.ZipLocation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 * A ZIP's own centroid is first looked up in this node's copy of the table that {@link RadiusGrids}
 * keeps beside the grid, current under the same token (a load announces itself like a write of
 * organizations), so that a radius search answered from memory opens no EntityManager.
 */
@ApplicationScoped
public class JpaZipCentroidRepository implements ZipCentroidRepository {

    @PersistenceContext(unitName = "directory")
    private EntityManager em;
    @Inject
    RadiusGrids grids;

    protected JpaZipCentroidRepository() {
    }

    public JpaZipCentroidRepository(EntityManager em) {
        this(em, null);
    }

    /** {@code grids} null: every lookup asks the table. */
    public JpaZipCentroidRepository(EntityManager em, RadiusGrids grids) {
        this.em = em;
        this.grids = grids;
    }

    @Override
    public Optional<ZipLocation> locate(String zip5) {
        Optional<Map<String, GeoPoint>> held = grids == null ? Optional.empty() : grids.zipCentroids();
        if (held.isEmpty()) {
            return ZipCentroidRepository.super.locate(zip5);
        }
        GeoPoint own = held.get().get(zip5);
        if (own != null) {
            return Optional.of(new ZipLocation(own, ZipLocation.Basis.ZCTA));
        }
        // not in the table: its three-digit area's mean, which the table computes (rare; SQL's own sum)
        return zip5.length() < 3 ? Optional.empty()
                : prefixCentroid(zip5.substring(0, 3)).map(p -> new ZipLocation(p, ZipLocation.Basis.ZIP3));
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
        if (grids != null) {
            grids.announceChanges(); // every node's copy of the table is stale once this commits
        }
    }

    @Override
    public long count() {
        return em.createQuery("select count(z) from ZipCentroid z", Long.class).getSingleResult();
    }
}
