package dev.crossway.responder.application;

import dev.crossway.interop.id.HomeCommunityId;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/** The communities this installation answers for; every change audited. */
@Local
public interface HostedCommunities {

    List<CommunityView> list();

    /** By home community id. */
    Optional<CommunityView> find(HomeCommunityId homeCommunityId);

    /**
     * Creates the community, or replaces the settings of an existing one.
     *
     * @throws ResponderValidationException naming the field ({@code COMMUNITY_ID}, ...)
     */
    CommunityView save(CommunityForm form, String actor);
}
