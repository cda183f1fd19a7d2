package dev.crossway.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** Someone to call about an organization's connection (an IT desk, an administrator). */
@Embeddable
public class Contact {

    @Column(name = "name", length = 200)
    private String name;
    @Column(name = "purpose", length = 100)
    private String purpose;
    @Column(name = "email", length = 200)
    private String email;
    @Column(name = "phone", length = 60)
    private String phone;

    protected Contact() {
    }

    public Contact(String name, String purpose, String email, String phone) {
        this.name = name;
        this.purpose = purpose;
        this.email = email;
        this.phone = phone;
    }

    public String name() { return name; }
    public String purpose() { return purpose; }
    public String email() { return email; }
    public String phone() { return phone; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Contact c && Objects.equals(name, c.name) && Objects.equals(purpose, c.purpose)
                && Objects.equals(email, c.email) && Objects.equals(phone, c.phone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, purpose, email, phone);
    }
}
