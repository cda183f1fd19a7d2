package dev.crossway.responder.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
import dev.crossway.responder.domain.community.CommunityChanges;
import dev.crossway.responder.domain.community.CommunityMode;
import dev.crossway.responder.domain.community.CommunityRepository;
import dev.crossway.responder.domain.community.CommunitySettings;
import dev.crossway.responder.domain.community.HostedCommunity;
import dev.crossway.responder.domain.community.PurposeOfUsePolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoutingCommunitiesTest {

    static final HomeCommunityId HOME = HomeCommunityId.of("urn:oid:2.16.840.1.113883.3.9999.7");
    static final HomeCommunityId UNKNOWN = HomeCommunityId.of("urn:oid:2.16.840.1.113883.3.9999.8");

    /** The table: counts its reads. */
    static final class Table implements CommunityRepository {
        final Map<String, HostedCommunity> rows = new HashMap<>();
        int reads;

        @Override
        public Optional<HostedCommunity> find(HomeCommunityId hcid) {
            reads++;
            return Optional.ofNullable(rows.get(hcid.oid().value()));
        }

        @Override
        public List<HostedCommunity> all() {
            return new ArrayList<>(rows.values());
        }

        @Override
        public void add(HostedCommunity community) {
            rows.put(community.homeCommunityId().oid().value(), community);
        }
    }

    /** The replicated token, as one node sees it. */
    static final class Token implements CommunityChanges {
        String value = UUID.randomUUID().toString();

        @Override
        public String generation() {
            return value;
        }

        @Override
        public void changed() {
            value = UUID.randomUUID().toString();
        }
    }

    static HostedCommunity community(String... purposes) {
        return new HostedCommunity(HOME, new CommunitySettings("Home", Oid.of("2.16.840.1.113883.3.9999.7.1"),
                CommunityMode.STORED, PurposeOfUsePolicy.of(List.of(purposes)), HOME.oid().value(), null, null, null),
                Instant.parse("2026-12-05T00:00:00Z"));
    }

    final Table table = new Table();
    final Token token = new Token();
    long now = 0;
    final RoutingCommunities routing = new RoutingCommunities(token, () -> now);
    final CommunityRepository routed = routing.over(table);

    @Test
    void aCommunityIsReadOnceWhileNothingChanges() {
        table.add(community("TREATMENT"));
        for (int i = 0; i < 5; i++) {
            assertTrue(routed.find(HOME).isPresent());
        }
        assertEquals(1, table.reads);
    }

    @Test
    void aChangeAnnouncedByAnyNodeIsReadByTheNextRequest() {
        table.add(community("TREATMENT"));
        assertEquals(List.of("TREATMENT"), routed.find(HOME).orElseThrow().policy().codes());
        table.add(community("TREATMENT", "PAYMENT"));
        token.changed();   // another node's commit replaced the replicated token
        assertEquals(List.of("PAYMENT", "TREATMENT"), routed.find(HOME).orElseThrow().policy().codes());
        assertEquals(2, table.reads);
    }

    @Test
    void aChangeOnThisNodeForgetsTheSnapshotAndAnnouncesIt() {
        table.add(community("TREATMENT"));
        routed.find(HOME);
        String before = token.value;
        table.add(community("TREATMENT", "OPERATIONS"));
        routing.changed();
        assertTrue(!before.equals(token.value), "the token was replaced for the other nodes");
        assertEquals(List.of("OPERATIONS", "TREATMENT"), routed.find(HOME).orElseThrow().policy().codes());
    }

    @Test
    void aMissedTokenIsCaughtUpWithinTheRecheckInterval() {
        table.add(community("TREATMENT"));
        routed.find(HOME);
        table.add(community("TREATMENT", "PAYMENT"));   // changed without a token (a partitioned node)
        now += RoutingCommunities.RECHECK.toNanos() - 1;
        assertEquals(List.of("TREATMENT"), routed.find(HOME).orElseThrow().policy().codes());
        now += 1;
        assertEquals(List.of("PAYMENT", "TREATMENT"), routed.find(HOME).orElseThrow().policy().codes());
    }

    @Test
    void anUnknownCommunityIsAskedForEachTimeAndKeepsNothing() {
        assertTrue(routed.find(UNKNOWN).isEmpty());
        assertTrue(routed.find(UNKNOWN).isEmpty());
        assertEquals(2, table.reads);
        table.add(community("TREATMENT"));
        assertTrue(routed.find(HOME).isPresent(), "a community created meanwhile is found at once");
    }
}
