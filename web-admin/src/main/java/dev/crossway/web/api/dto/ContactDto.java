package dev.crossway.web.api.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A contact of an organization. Redox's Organization model spells it {@code Name}, {@code Purpose},
 * {@code EmailAddresses[]}, {@code PhoneNumber.Office}; Crossway's own {@code Email} and {@code Phone}
 * are accepted too, and answers carry both spellings.
 */
@Schema
public record ContactDto(String name, String purpose, String email, String phone, List<String> emailAddresses,
                         PhoneNumberDto phoneNumber) {

    public static ContactDto of(String name, String purpose, String email, String phone) {
        return new ContactDto(name, purpose, email, phone, email == null ? List.of() : List.of(email),
                phone == null ? null : new PhoneNumberDto(null, null, phone));
    }

    /** The e-mail address, from either spelling. */
    public String anyEmail() {
        if (email != null && !email.isBlank()) {
            return email;
        }
        return emailAddresses == null ? null : emailAddresses.stream().filter(e -> e != null && !e.isBlank()).findFirst().orElse(null);
    }

    /** The phone number, from either spelling (office first). */
    public String anyPhone() {
        if (phone != null && !phone.isBlank()) {
            return phone;
        }
        if (phoneNumber == null) {
            return null;
        }
        return phoneNumber.office() != null ? phoneNumber.office() : phoneNumber.mobile() != null ? phoneNumber.mobile() : phoneNumber.home();
    }
}
