package dev.crossway.responder.domain.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * An index entry for candidate retrieval: a normalised family name (or one part of a compound
 * one) with the birth year, so a query reads a handful of rows by index, never the whole table.
 */
@Embeddable
public class NameKey {

    @Column(name = "name_key", length = 100, nullable = false)
    private String key;

    @Column(name = "birth_year")
    private Integer birthYear;

    protected NameKey() {
    }

    NameKey(String key, Integer birthYear) {
        this.key = key;
        this.birthYear = birthYear;
    }

    public String key() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NameKey k && key.equals(k.key) && Objects.equals(birthYear, k.birthYear);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, birthYear);
    }
}
