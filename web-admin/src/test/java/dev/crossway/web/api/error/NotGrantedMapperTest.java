package dev.crossway.web.api.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.interop.access.Grant;
import org.junit.jupiter.api.Test;

class NotGrantedMapperTest {

    @Test
    void eachRefusalNamesTheRequestFieldThatAskedForIt() {
        assertThat(NotGrantedMapper.field(Grant.COMMUNITY)).isEqualTo("Meta.FacilityCode");
        assertThat(NotGrantedMapper.field(Grant.ORGANIZATION)).isEqualTo("Meta.Extensions.sender-organization-id");
        assertThat(NotGrantedMapper.field(Grant.PURPOSE_OF_USE)).isEqualTo("Meta.Extensions.purpose-of-use");
        assertThat(NotGrantedMapper.field(Grant.ROLE)).isEqualTo("Meta.Extensions.user-role");
        assertThat(NotGrantedMapper.field(Grant.INITIATE)).isNull();
    }
}
