package dev.crossway.directory.infrastructure.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.LenientErrorHandler;

/**
 * The one HAPI {@link FhirContext} for R4. Building it scans the model classes and takes about a
 * second, so it is made once per class loader (on first use) and shared; it is thread-safe.
 * Parsing is lenient: the real directory sends strings where booleans belong and elements out of
 * order, and a reader should take them.
 */
public final class Fhir {

    private Fhir() {
    }

    private static final class Holder {
        static final FhirContext R4 = create();

        private static FhirContext create() {
            FhirContext ctx = FhirContext.forR4();
            ctx.setParserErrorHandler(new LenientErrorHandler(false).setErrorOnInvalidValue(false));
            return ctx;
        }
    }

    public static FhirContext r4() {
        return Holder.R4;
    }
}
