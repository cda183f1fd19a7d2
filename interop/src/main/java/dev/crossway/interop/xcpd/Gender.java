package dev.crossway.interop.xcpd;

/** HL7 AdministrativeGender (code system 2.16.840.1.113883.5.1). */
public enum Gender {
    M, F, UN;

    public static Gender of(String code) {
        for (Gender g : values()) {
            if (g.name().equals(code)) {
                return g;
            }
        }
        throw new IllegalArgumentException("administrative gender code '" + code + "' is not M, F or UN");
    }
}
