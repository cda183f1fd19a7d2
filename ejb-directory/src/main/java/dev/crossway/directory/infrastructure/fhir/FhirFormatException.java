package dev.crossway.directory.infrastructure.fhir;

/** A body that is not the FHIR resource expected, or an entry that cannot be mapped. */
public class FhirFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FhirFormatException(String message) {
        super(message);
    }

    public FhirFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
