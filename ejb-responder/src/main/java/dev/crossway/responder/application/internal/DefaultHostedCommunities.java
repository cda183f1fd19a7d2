package dev.crossway.responder.application.internal;

import dev.crossway.responder.application.CommunityForm;
import dev.crossway.responder.application.CommunityView;
import dev.crossway.responder.application.HostedCommunities;
import dev.crossway.responder.domain.audit.AuditTrail;
import dev.crossway.responder.domain.community.CommunityRepository;
import dev.crossway.responder.domain.identity.IdentityStore;
import dev.crossway.interop.id.HomeCommunityId;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Hosted communities: each change one transaction with its audit record; a change of mode or
 * downstream endpoint invalidates the community's identity cache entries.
 */
@Stateless
public class DefaultHostedCommunities implements HostedCommunities {

    @Inject
    CommunityRepository communities;
    @Inject
    AuditTrail trail;
    @Inject
    IdentityStore identities;
    @Inject
    RoutingCommunities routing;
    @Resource
    TransactionSynchronizationRegistry transactions;

    @Override
    public List<CommunityView> list() {
        return communities.all().stream().map(Views::of).toList();
    }

    @Override
    public Optional<CommunityView> find(HomeCommunityId homeCommunityId) {
        return communities.find(homeCommunityId).map(Views::of);
    }

    @Override
    public CommunityView save(CommunityForm form, String actor) {
        Clock clock = Clock.systemUTC();
        CommunityView saved = Views.of(new CommunityService(communities, new GatewayAudit(trail::append, clock), clock, identities)
                .save(form, actor));
        announceAfterCommit();
        return saved;
    }

    /**
     * Once the change is committed (not before: a node reading earlier would keep the old row under
     * the new token), every node's gateway routes by the new settings; the caller is answered after that.
     */
    private void announceAfterCommit() {
        AfterCommit.of(transactions).run(() -> routing.changed());
    }
}
