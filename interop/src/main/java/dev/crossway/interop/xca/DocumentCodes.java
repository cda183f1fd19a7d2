package dev.crossway.interop.xca;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The coded classifications of a DocumentEntry. */
public record DocumentCodes(Optional<Code> classCode, Optional<Code> typeCode, Optional<Code> formatCode,
                            List<Code> confidentialityCodes, Optional<Code> healthcareFacilityTypeCode,
                            Optional<Code> practiceSettingCode, List<Code> eventCodes) {

    public DocumentCodes {
        Objects.requireNonNull(classCode, "classCode");
        Objects.requireNonNull(typeCode, "typeCode");
        Objects.requireNonNull(formatCode, "formatCode");
        confidentialityCodes = List.copyOf(confidentialityCodes);
        Objects.requireNonNull(healthcareFacilityTypeCode, "healthcareFacilityTypeCode");
        Objects.requireNonNull(practiceSettingCode, "practiceSettingCode");
        eventCodes = List.copyOf(eventCodes);
    }
}
