package dev.crossway.responder.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A coded metadata value of a stored document (code, coding scheme, display name). */
@Embeddable
public record DocumentCode(@Column(name = "code") String code, @Column(name = "scheme") String scheme,
                           @Column(name = "display") String display) {

    public static DocumentCode of(String code, String scheme, String display) {
        return code == null || code.isBlank() ? null : new DocumentCode(code, scheme == null ? "" : scheme, display);
    }
}
