package dev.crossway.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A postal address; US addresses carry a 5-digit ZIP (ZIP+4 is kept as given). */
@Embeddable
public class Address {

    @Column(name = "street", length = 255)
    private String street;
    @Column(name = "city", length = 100)
    private String city;
    @Column(name = "state", length = 40)
    private String state;
    @Column(name = "zip", length = 20)
    private String zip;
    @Column(name = "country", length = 40)
    private String country;

    protected Address() {
    }

    public Address(String street, String city, String state, String zip, String country) {
        this.street = blankToNull(street);
        this.city = blankToNull(city);
        this.state = state == null || state.isBlank() ? null : state.trim().toUpperCase(java.util.Locale.ROOT);
        this.zip = blankToNull(zip);
        this.country = blankToNull(country);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public String street() { return street; }
    public String city() { return city; }
    public String state() { return state; }
    public String zip() { return zip; }
    public String country() { return country; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Address a && Objects.equals(street, a.street) && Objects.equals(city, a.city)
                && Objects.equals(state, a.state) && Objects.equals(zip, a.zip) && Objects.equals(country, a.country);
    }

    @Override
    public int hashCode() {
        return Objects.hash(street, city, state, zip, country);
    }
}
