package dev.crossway.responder.application.internal;

import dev.crossway.interop.config.Setting;
import dev.crossway.responder.application.CacheStatus;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.infinispan.Cache;

/** The three caches of container {@code crossway} the gateway cannot answer without. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultCacheStatus implements CacheStatus {

    @Resource(lookup = "java:jboss/infinispan/cache/crossway/identity")
    private Cache<?, ?> identity;
    @Resource(lookup = "java:jboss/infinispan/cache/crossway/replay")
    private Cache<?, ?> replay;
    @Resource(lookup = "java:jboss/infinispan/cache/crossway/correlations")
    private Cache<?, ?> correlations;

    @Override
    public Map<String, Boolean> running() {
        Map<String, Boolean> running = new LinkedHashMap<>();
        running.put("identity", identity.getStatus().allowInvocations());
        running.put("replay", replay.getStatus().allowInvocations());
        running.put("correlations", correlations.getStatus().allowInvocations());
        return running;
    }

    @Override
    public List<String> members() {
        var members = identity.getCacheManager().getMembers();
        return members == null ? List.of(Setting.value("jboss.node.name", "this node"))
                : members.stream().map(Object::toString).sorted().toList();
    }
}
