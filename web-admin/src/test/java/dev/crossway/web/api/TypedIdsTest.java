package dev.crossway.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.web.api.error.InvalidRequestException;
import org.junit.jupiter.api.Test;

/** The web layer turns Meta.FacilityCode into the typed id the facades take, or refuses it naming the field. */
class TypedIdsTest {

    @Test
    void aHostedCommunityIsItsOid() {
        assertThat(Requests.hostedCommunity("1.2.840.114350")).isEqualTo(HomeCommunityId.of("1.2.840.114350"));
        assertThat(Requests.hostedCommunity("urn:oid:1.2.840.114350")).isEqualTo(HomeCommunityId.of("1.2.840.114350"));
    }

    @Test
    void aFacilityCodeThatIsNoOidIsRefusedNamingIt() {
        for (String bad : new String[] {"Epic Clinic", "1.2..3", "urn:oid:", "' OR 1=1 --"}) {
            assertThatThrownBy(() -> Requests.hostedCommunity(bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("Meta.FacilityCode"));
        }
    }
}
