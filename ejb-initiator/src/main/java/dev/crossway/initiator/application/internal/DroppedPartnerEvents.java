package dev.crossway.initiator.application.internal;

import dev.crossway.initiator.application.PartnerEvents;
import jakarta.ejb.Stateless;

/** Placeholder until webhook destinations exist: events are dropped. Replaced by the durable outbox. */
@Stateless
public class DroppedPartnerEvents implements PartnerEvents {

    @Override
    public void publish(String owner, String type, String json) {
        // no destinations yet
    }
}
