package dev.crossway.interop.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    private static final String NORTH = "2.16.840.1.113883.3.9999.1.1";
    private static final String ACME = "2.16.840.1.113883.3.7777";

    private final Grants acme = new Grants(Set.of(NORTH), Set.of(ACME), Set.of("TREATMENT"), null, true);
    private final Caller partner = new Caller("acme-ehr", "service-account-acme-ehr", Set.of("partner"), acme);

    @Test
    void aCommunityOutsideTheGrantsIsRefusedNamingIt() {
        assertThatCode(() -> partner.requireCommunity("urn:oid:" + NORTH)).doesNotThrowAnyException();
        assertThatThrownBy(() -> partner.requireCommunity("2.16.840.1.113883.3.9999.1.2"))
                .isInstanceOfSatisfying(NotGrantedException.class, e -> {
                    assertThat(e.grant()).isEqualTo(Grant.COMMUNITY);
                    assertThat(e.getMessage()).isEqualTo("community 2.16.840.1.113883.3.9999.1.2 is not granted to client acme-ehr");
                });
    }

    @Test
    void anOrganizationPurposeOrRoleOutsideTheGrantsIsRefused() {
        assertThatCode(() -> partner.requireInitiate(ACME, "treatment", "112247003")).doesNotThrowAnyException();
        assertThatThrownBy(() -> partner.requireInitiate("1.2.3", "TREATMENT", null))
                .isInstanceOfSatisfying(NotGrantedException.class, e -> assertThat(e.grant()).isEqualTo(Grant.ORGANIZATION));
        assertThatThrownBy(() -> partner.requireInitiate(ACME, "PAYMENT", null))
                .isInstanceOfSatisfying(NotGrantedException.class, e -> assertThat(e.grant()).isEqualTo(Grant.PURPOSE_OF_USE));
        Caller roleLimited = new Caller("acme-ehr", "u", Set.of("partner"),
                new Grants(Set.of(), Set.of(ACME), Set.of("TREATMENT"), Set.of("112247003"), true));
        assertThatThrownBy(() -> roleLimited.requireInitiate(ACME, "TREATMENT", "224535009"))
                .isInstanceOfSatisfying(NotGrantedException.class, e -> assertThat(e.grant()).isEqualTo(Grant.ROLE));
    }

    @Test
    void aClientThatMayNotInitiateIsRefusedWhateverItAsserts() {
        Caller writer = new Caller("acme-ehr", "u", Set.of("partner"),
                new Grants(Set.of(NORTH), Set.of(ACME), Set.of("TREATMENT"), null, false));
        assertThatThrownBy(() -> writer.requireInitiate(ACME, "TREATMENT", null))
                .isInstanceOfSatisfying(NotGrantedException.class, e -> assertThat(e.grant()).isEqualTo(Grant.INITIATE));
    }

    @Test
    void aClientWithoutGrantsMayDoNothingAndAnAdminEverything() {
        Caller bare = new Caller("new-ehr", "u", Set.of("partner"), null);
        assertThatThrownBy(() -> bare.requireCommunity(NORTH)).isInstanceOf(NotGrantedException.class);
        Caller admin = new Caller("sandbox-admin", "u", Set.of("admin"), null);
        assertThatCode(() -> admin.requireCommunity(NORTH)).doesNotThrowAnyException();
        assertThatCode(() -> admin.requireInitiate("1.2.3", "PAYMENT", "x")).doesNotThrowAnyException();
    }

    @Test
    void ownersSeeTheirOwnAndAdminsSeeAll() {
        assertThat(partner.mayRead("acme-ehr")).isTrue();
        assertThat(partner.mayRead("other-ehr")).isFalse();
        assertThat(partner.mayRead(null)).isFalse();
        assertThat(new Caller("a", "u", Set.of("admin"), null).mayRead("other-ehr")).isTrue();
    }

    @Test
    void theWildcardGrantsEveryValue() {
        Caller sandbox = new Caller("sandbox-partner", "u", Set.of("partner"), Grants.all());
        assertThatCode(() -> sandbox.requireCommunity("1.2.3.4")).doesNotThrowAnyException();
        assertThatCode(() -> sandbox.requireInitiate("1.2.3", "PAYMENT", "x")).doesNotThrowAnyException();
    }
}
