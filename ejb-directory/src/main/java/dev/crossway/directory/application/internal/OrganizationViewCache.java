package dev.crossway.directory.application.internal;

import dev.crossway.directory.application.OrganizationView;
import dev.crossway.directory.domain.Organization;
import dev.crossway.directory.domain.OrganizationRefs;
import dev.crossway.interop.config.Setting;
import dev.crossway.interop.id.Oid;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Views of organizations by home community id and version, on this node: an organization's
 * version advances with every change written to it (its endpoints, aliases and contacts included,
 * and the sync's bulk deactivation), so a view of the version a search found is that organization
 * as it is, on any node, with no invalidation. Bounded by {@code crossway.directory.view-cache.size}
 * (default 100,000 views, about 2 KB each); past it a tenth of the entries go, whichever come first.
 */
@ApplicationScoped
public class OrganizationViewCache {

    /** An organization's view as of {@code version}. */
    public record Versioned(long version, OrganizationView view) {
    }

    private final int max;
    private final Map<String, Versioned> views = new ConcurrentHashMap<>();

    public OrganizationViewCache() {
        this(Setting.integer("crossway.directory.view-cache.size", 100_000));
    }

    OrganizationViewCache(int max) {
        this.max = max;
    }

    /**
     * The page's views in its order, each at its distance; those not held are loaded and assembled
     * by {@code load} (in its own transaction: see {@link OrganizationReads#views}). Empty when one
     * of them is no longer at the version found (a write raced the search): then the search must
     * be answered another way.
     */
    Optional<List<OrganizationView>> page(OrganizationRefs page, Function<Collection<Oid>, Map<String, Versioned>> load) {
        List<Oid> missing = new ArrayList<>();
        for (OrganizationRefs.Ref r : page.refs()) {
            Versioned e = views.get(r.oid());
            if (e == null || e.version() != r.version()) {
                missing.add(Oid.of(r.oid()));
            }
        }
        if (!missing.isEmpty()) {
            Map<String, Versioned> loaded = load.apply(missing);
            for (OrganizationRefs.Ref r : page.refs()) {
                Versioned v = loaded.get(r.oid());
                if (v != null && v.version() == r.version()) {
                    put(r.oid(), v);
                }
            }
        }
        List<OrganizationView> out = new ArrayList<>(page.refs().size());
        for (OrganizationRefs.Ref r : page.refs()) {
            Versioned e = views.get(r.oid());
            if (e == null || e.version() != r.version()) {
                return Optional.empty();
            }
            out.add(e.view().withDistance(r.distanceMiles()));
        }
        return Optional.of(out);
    }

    /** The views of loaded organizations, by home community id (read their lazy collections: in a transaction). */
    static Map<String, Versioned> assemble(Map<String, Organization> loaded) {
        Map<String, Versioned> out = new java.util.HashMap<>(loaded.size() * 2);
        loaded.forEach((oid, o) -> out.put(oid, new Versioned(o.version(), OrganizationAssembler.toView(o, null))));
        return out;
    }

    int size() {
        return views.size();
    }

    private void put(String oid, Versioned e) {
        if (views.size() >= max) {
            int drop = Math.max(1, max / 10);
            for (Iterator<String> i = views.keySet().iterator(); i.hasNext() && drop-- > 0; ) {
                i.next();
                i.remove();
            }
        }
        views.merge(oid, e, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
    }
}
