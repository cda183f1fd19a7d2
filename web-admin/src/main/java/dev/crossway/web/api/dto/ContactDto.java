package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A contact of an organization. Redox's Organization model spells it {@code Name}, {@code Purpose},
 * {@code EmailAddresses[]}, {@code PhoneNumber.Work}; Crossway's own {@code Email} and {@code Phone}
 * are accepted too, and answers carry both spellings.
 */
@Schema
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ContactDto(String name, String purpose, String email, String phone, List<String> emailAddresses,
                         ContactPhoneDto phoneNumber) {

    /** Redox's {@code Contacts[].PhoneNumber}: {@code Home}, {@code Mobile}, {@code Work} (Crossway also reads {@code Office}). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ContactPhoneDto(String home, String mobile, String work, @JsonInclude(JsonInclude.Include.NON_NULL) String office) {
    }

    public static ContactDto of(String name, String purpose, String email, String phone) {
        return new ContactDto(name, purpose, email, phone, email == null ? List.of() : List.of(email),
                phone == null ? null : new ContactPhoneDto(null, null, phone, null));
    }

    /** The e-mail address, from either spelling. */
    public String anyEmail() {
        if (email != null && !email.isBlank()) {
            return email;
        }
        return emailAddresses == null ? null : emailAddresses.stream().filter(e -> e != null && !e.isBlank()).findFirst().orElse(null);
    }

    /** The phone number, from either spelling (work first). */
    public String anyPhone() {
        if (phone != null && !phone.isBlank()) {
            return phone;
        }
        if (phoneNumber == null) {
            return null;
        }
        return java.util.stream.Stream.of(phoneNumber.work(), phoneNumber.office(), phoneNumber.mobile(), phoneNumber.home())
                .filter(x -> x != null && !x.isBlank()).findFirst().orElse(null);
    }
}
