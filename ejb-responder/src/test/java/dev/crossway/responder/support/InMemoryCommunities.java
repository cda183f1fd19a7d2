package dev.crossway.responder.support;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.responder.domain.community.CommunityRepository;
import dev.crossway.responder.domain.community.HostedCommunity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryCommunities implements CommunityRepository {

    private final Map<HomeCommunityId, HostedCommunity> byId = new LinkedHashMap<>();

    @Override
    public Optional<HostedCommunity> find(HomeCommunityId hcid) {
        return Optional.ofNullable(byId.get(hcid));
    }

    @Override
    public List<HostedCommunity> all() {
        return new ArrayList<>(byId.values());
    }

    @Override
    public void add(HostedCommunity community) {
        byId.put(community.homeCommunityId(), community);
    }
}
