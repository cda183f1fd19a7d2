package dev.crossway.initiator.application;

import java.util.List;

/**
 * Which communities to ask. In order of precedence: the explicit {@code organizationIds}; the
 * communities already linked to the patient ({@code linkedOnly}); every organization with an XCPD
 * endpoint within {@code radiusMiles} of {@code radiusZip} (or of the patient's ZIP), nearest first.
 * No ids and no radius mean a radius of {@value #DEFAULT_RADIUS_MILES} miles around the patient's ZIP.
 *
 * Explicit ids beyond the cap are not asked; each is answered as a {@code Skipped} source saying so.
 *
 * @param max cap on the number of communities asked, 0 meaning {@value #DEFAULT_MAX}; at most
 *            {@value #HARD_MAX} whatever is asked (a fan-out bound that protects the gateway)
 */
public record Targets(List<String> organizationIds, Double radiusMiles, String radiusZip, boolean linkedOnly, int max) {

    public static final int DEFAULT_MAX = 50;
    public static final int HARD_MAX = 200;
    public static final double DEFAULT_RADIUS_MILES = 50;

    public Targets {
        organizationIds = organizationIds == null ? List.of() : List.copyOf(organizationIds);
    }

    public static Targets of(List<String> organizationIds) {
        return new Targets(organizationIds, null, null, false, 0);
    }

    public static Targets radius(double miles, String zip) {
        return new Targets(List.of(), miles, zip, false, 0);
    }

    public static Targets linked() {
        return new Targets(List.of(), null, null, true, 0);
    }

    /** The cap actually applied. */
    public int effectiveMax() {
        return max <= 0 ? DEFAULT_MAX : Math.min(max, HARD_MAX);
    }
}
