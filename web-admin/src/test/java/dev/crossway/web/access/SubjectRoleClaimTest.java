package dev.crossway.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectRoleClaimTest {

    @Test
    void aTokensRoleCountsOnlyWhenItIsAnAllowedRole() {
        assertThat(Callers.subjectRole("224535009")).hasValueSatisfying(r -> assertThat(r.display()).isEqualTo("Registered nurse"));
        assertThat(Callers.subjectRole("112247003 OR 1=1")).isEmpty();
        assertThat(Callers.subjectRole(null)).as("no role set: the portal refuses the query").isEmpty();
    }
}
