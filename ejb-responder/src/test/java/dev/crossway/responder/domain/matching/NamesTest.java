package dev.crossway.responder.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void caseAccentsPunctuationAndSpacesDoNotCount() {
        assertThat(Names.normalise("Mary-Ann")).isEqualTo("MARYANN");
        assertThat(Names.normalise("O'Neil")).isEqualTo(Names.normalise("ONEIL"));
        assertThat(Names.normalise("Zoë Müller")).isEqualTo("ZOEMULLER");
        assertThat(Names.normalise("José  Núñez")).isEqualTo("JOSENUNEZ");
        assertThat(Names.normalise("Strauß")).isEqualTo("STRAUSS");
        assertThat(Names.normalise("Søren Ørsted")).isEqualTo("SORENORSTED");
        assertThat(Names.normalise(null)).isEmpty();
    }

    @Test
    void compoundFamilyNamesAreFoundByEachPart() {
        assertThat(Names.keys("Garcia-Lopez")).containsExactly("GARCIALOPEZ", "GARCIA", "LOPEZ");
        assertThat(Names.keys("van der Berg")).contains("VANDERBERG", "BERG", "VAN", "DER");
        assertThat(Names.keys("O'Neil")).containsExactly("ONEIL");
    }

    @Test
    void jaroWinklerToleratesTypos() {
        assertThat(Similarity.jaroWinkler("MARTHA", "MARHTA")).isGreaterThan(0.95);
        assertThat(Similarity.jaroWinkler("JONES", "JOHNSON")).isLessThan(0.9);
        assertThat(Similarity.jaroWinkler("ABC", "ABC")).isEqualTo(1.0);
        assertThat(Similarity.jaroWinkler("", "ABC")).isZero();
    }

    @Test
    void phonesCompareByTheirLastTenDigits() {
        assertThat(Phones.digits("tel:+1-920-989-0987")).isEqualTo("9209890987");
        assertThat(Phones.digits("(920) 989 0987")).isEqualTo("9209890987");
    }
}
