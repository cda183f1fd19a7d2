package dev.crossway.responder.application.internal;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.responder.domain.community.CommunityRepository;
import dev.crossway.responder.domain.community.HostedCommunity;

/**
 * Where a request goes: the hosted community it names, if there is one and its purpose-of-use
 * policy lets this request in. The policy is the community's, the same for every initiator.
 */
sealed interface Route {

    record To(HostedCommunity community) implements Route {
    }

    record Unknown(HomeCommunityId asked) implements Route {
    }

    record Refused(HostedCommunity community, String reason) implements Route {
    }

    static Route of(CommunityRepository communities, HomeCommunityId asked, String purposeOfUse) {
        return communities.find(asked).<Route>map(c -> c.policy().permits(purposeOfUse) ? new To(c)
                : new Refused(c, "purpose of use " + (purposeOfUse == null ? "(none)" : purposeOfUse)
                        + " is not permitted by community " + asked + " (it answers for " + String.join(", ", c.policy().codes()) + ")"))
                .orElseGet(() -> new Unknown(asked));
    }
}
