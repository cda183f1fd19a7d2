package dev.crossway.interop.xcpd;

import dev.crossway.interop.id.HomeCommunityId;
import java.util.Objects;
import java.util.Optional;

/**
 * A sender or receiver device of the HL7v3 transmission wrapper. XCPD carries the gateway's home
 * community id in {@code asAgent/representedOrganization/id/@root}; the receiver's picks the
 * hosted community that answers.
 */
public record Device(InstanceId id, Optional<HomeCommunityId> homeCommunityId, Optional<String> telecom) {

    public Device {
        Objects.requireNonNull(id, "device id");
        Objects.requireNonNull(homeCommunityId, "homeCommunityId");
        Objects.requireNonNull(telecom, "telecom");
    }

    public static Device of(String deviceOid, HomeCommunityId community) {
        return new Device(InstanceId.of(deviceOid), Optional.of(community), Optional.empty());
    }
}
