package dev.crossway.responder.domain.audit;

/**
 * Who asked, as far as known: from the verified assertion, or (for a refused request) whatever
 * its assertion claimed; for an administrative change, the actor alone.
 */
public record Initiator(String subject, String organization, String homeCommunityId, String purposeOfUse) {

    public static final Initiator UNKNOWN = new Initiator(null, null, null, null);

    public static Initiator actor(String actor) {
        return new Initiator(actor, null, null, null);
    }
}
