package dev.crossway.directory.domain;

import dev.crossway.interop.id.Oid;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An organization on the network, identified for life by its home community id. It is either
 * copied from the Carequality directory (and then only the sync changes it) or {@code own}: one
 * of the facilities this installation manages and publishes. A directory entry that disappears
 * is deactivated, never deleted, so that query logs and audit records keep their referent.
 *
 * <p>The primary key is the home community id itself (its dotted form): it is the identity the
 * whole network uses, it never changes, and it lets a sync page find its rows with one
 * {@code IN} query.
 */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    @Column(name = "oid", length = 64)
    private String oid;

    @Version
    @Column(name = "version")
    private long version;

    @Column(name = "name", length = 255, nullable = false)
    private String name;

    /** Lower-cased name and aliases, what the name search scans. */
    @Column(name = "search_text", length = 1000, nullable = false)
    private String searchText;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", length = 20)
    private OrganizationType type;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "own", nullable = false)
    private boolean own;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", length = 20, nullable = false)
    private OrganizationSource source;

    @Embedded
    private Address address;

    @Column(name = "latitude")
    private Double latitude;

    @Column(name = "longitude")
    private Double longitude;

    @Column(name = "part_of", length = 64)
    private Oid partOf;

    @Column(name = "managing_org", length = 64)
    private Oid managingOrganization;

    @Column(name = "last_updated", nullable = false)
    private Instant lastUpdated;

    @Column(name = "last_seen_run", length = 36)
    private String lastSeenRun;

    @ElementCollection
    @CollectionTable(name = "organization_alias", joinColumns = @JoinColumn(name = "organization_oid"))
    @OrderColumn(name = "position")
    @Column(name = "alias", length = 255, nullable = false)
    private List<String> aliases = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "organization_contact", joinColumns = @JoinColumn(name = "organization_oid"))
    @OrderColumn(name = "position")
    private List<Contact> contacts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "organization_endpoint", joinColumns = @JoinColumn(name = "organization_oid"))
    @OrderColumn(name = "position")
    private List<Endpoint> endpoints = new ArrayList<>();

    protected Organization() {
    }

    private Organization(Oid homeCommunityId, OrganizationSource source) {
        this.oid = Objects.requireNonNull(homeCommunityId, "homeCommunityId").value();
        this.source = source;
        this.own = source == OrganizationSource.OWN;
    }

    /** A new organization learned from the directory. */
    public static Organization fromDirectory(DirectoryEntry entry) {
        Organization o = new Organization(entry.homeCommunityId(), OrganizationSource.DIRECTORY);
        o.applyDirectoryEntry(entry);
        return o;
    }

    /** A new facility managed by this installation. */
    public static Organization ownFacility(DirectoryEntry entry, Instant now) {
        Organization o = new Organization(entry.homeCommunityId(), OrganizationSource.OWN);
        o.applyDirectoryEntry(entry);
        o.active = true;
        o.lastUpdated = now;
        return o;
    }

    /**
     * Takes over what the directory says. Collections are replaced only when they differ, so
     * applying the same entry twice writes nothing: that is what makes a re-sync idempotent and
     * cheap.
     */
    public boolean applyDirectoryEntry(DirectoryEntry e) {
        if (!oid.equals(e.homeCommunityId().value())) {
            throw new IllegalArgumentException("entry " + e.homeCommunityId() + " is not organization " + oid);
        }
        boolean changed = false;
        changed |= set(name, e.name(), v -> name = v);
        changed |= set(type, e.type(), v -> type = v);
        changed |= set(active, e.active(), v -> active = v);
        changed |= set(address, e.address(), v -> address = v);
        Double lat = e.position() == null ? null : e.position().latitude();
        Double lon = e.position() == null ? null : e.position().longitude();
        changed |= set(latitude, lat, v -> latitude = v);
        changed |= set(longitude, lon, v -> longitude = v);
        changed |= set(partOf, e.partOf(), v -> partOf = v);
        changed |= set(managingOrganization, e.managingOrganization(), v -> managingOrganization = v);
        changed |= replace(aliases, e.aliases());
        changed |= replace(contacts, e.contacts());
        changed |= replace(endpoints, e.endpoints());
        Instant updated = e.lastUpdated() != null ? e.lastUpdated() : (lastUpdated != null && !changed ? lastUpdated : Instant.now());
        set(lastUpdated, updated, v -> lastUpdated = v);
        searchText = searchTextOf(name, aliases);
        return changed;
    }

    /**
     * An administrator's edit of an own facility: takes the form's content, keeps the active
     * flag, and stamps the time of the edit.
     */
    public void edit(DirectoryEntry e, Instant now) {
        if (!own) {
            throw new IllegalStateException(oid + " is not managed by this installation");
        }
        boolean wasActive = active;
        applyDirectoryEntry(e);
        active = wasActive;
        lastUpdated = now;
    }

    /** The directory no longer lists this organization, or its manager withdrew it. */
    public void deactivate(Instant when) {
        if (active) {
            active = false;
            lastUpdated = when;
        }
    }

    /** Records that sync run {@code runId} saw this organization (so it is not deactivated). */
    public void markSeen(String runId) {
        if (!Objects.equals(lastSeenRun, runId)) {
            lastSeenRun = runId;
        }
    }

    private static <T> boolean set(T current, T next, java.util.function.Consumer<T> setter) {
        if (Objects.equals(current, next)) {
            return false;
        }
        setter.accept(next);
        return true;
    }

    private static <T> boolean replace(List<T> current, List<T> next) {
        if (current.equals(next)) {
            return false;
        }
        current.clear();
        current.addAll(next);
        return true;
    }

    static String searchTextOf(String name, List<String> aliases) {
        StringBuilder sb = new StringBuilder(name == null ? "" : name);
        for (String a : aliases) {
            sb.append(" | ").append(a);
        }
        String s = sb.toString().toLowerCase(Locale.ROOT);
        return s.length() > 1000 ? s.substring(0, 1000) : s;
    }

    public Oid homeCommunityId() { return Oid.of(oid); }
    public String name() { return name; }
    public List<String> aliases() { return List.copyOf(aliases); }
    public Optional<OrganizationType> type() { return Optional.ofNullable(type); }
    public boolean isActive() { return active; }
    public boolean isOwn() { return own; }
    public OrganizationSource source() { return source; }
    public Address address() { return address; }
    public Optional<GeoPoint> position() {
        return latitude == null || longitude == null ? Optional.empty() : Optional.of(new GeoPoint(latitude, longitude));
    }
    public Optional<Oid> partOf() { return Optional.ofNullable(partOf); }
    public Optional<Oid> managingOrganization() { return Optional.ofNullable(managingOrganization); }
    public List<Contact> contacts() { return List.copyOf(contacts); }
    public List<Endpoint> endpoints() { return List.copyOf(endpoints); }
    public Instant lastUpdated() { return lastUpdated; }
    public String lastSeenRun() { return lastSeenRun; }
    /** Advances with every change written (its collections' included): a copy of this version is this state. */
    public long version() { return version; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Organization other && oid != null && oid.equals(other.oid);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(oid);
    }

    @Override
    public String toString() {
        return "Organization[" + oid + " " + name + "]";
    }
}
