package dev.crossway.interop.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectRoleTest {

    @Test
    void onlyAnAllowedCodeIsARoleAndItCarriesItsDisplayName() {
        assertThat(SubjectRole.of(" 224535009 ")).contains(new SubjectRole("224535009", "Registered nurse"));
        assertThat(SubjectRole.of("999")).isEmpty();
        assertThat(SubjectRole.of("")).isEmpty();
        assertThat(SubjectRole.of(null)).isEmpty();
        assertThat(SubjectRole.displayOf("112247003")).isEqualTo("Medical doctor");
        assertThat(SubjectRole.displayOf("a-partners-own-code")).isNull();
        assertThat(SubjectRole.ALLOWED).extracting(SubjectRole::code).doesNotHaveDuplicates().allMatch(c -> c.matches("[0-9]{6,18}"));
    }
}
