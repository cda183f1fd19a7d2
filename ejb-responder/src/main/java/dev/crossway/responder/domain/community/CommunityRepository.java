package dev.crossway.responder.domain.community;

import dev.crossway.interop.id.HomeCommunityId;
import java.util.List;
import java.util.Optional;

/** The hosted communities. */
public interface CommunityRepository {

    Optional<HostedCommunity> find(HomeCommunityId hcid);

    List<HostedCommunity> all();

    void add(HostedCommunity community);
}
