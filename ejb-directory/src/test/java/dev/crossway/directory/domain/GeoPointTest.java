package dev.crossway.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class GeoPointTest {

    private static final GeoPoint NEW_YORK = new GeoPoint(40.7128, -74.0060);
    private static final GeoPoint LOS_ANGELES = new GeoPoint(34.0522, -118.2437);

    @Test
    void greatCircleMilesByHaversine() {
        assertThat(NEW_YORK.distanceMiles(LOS_ANGELES)).isCloseTo(2445.6, offset(1.0));
        assertThat(LOS_ANGELES.distanceMiles(NEW_YORK)).isCloseTo(NEW_YORK.distanceMiles(LOS_ANGELES), offset(1e-9));
        assertThat(NEW_YORK.distanceMiles(NEW_YORK)).isZero();
        // one degree of latitude is 2 * pi * 3958.8 / 360 miles
        assertThat(new GeoPoint(0, 0).distanceMiles(new GeoPoint(1, 0))).isCloseTo(69.09, offset(0.01));
    }

    @Test
    void boxContainsEveryPointWithinTheRadius() {
        GeoPoint.BoundingBox box = NEW_YORK.boxAround(25);
        GeoPoint north = new GeoPoint(box.maxLatitude(), NEW_YORK.longitude());
        GeoPoint east = new GeoPoint(NEW_YORK.latitude(), box.maxLongitude());
        assertThat(NEW_YORK.distanceMiles(north)).isCloseTo(25, offset(0.01));
        assertThat(NEW_YORK.distanceMiles(east)).isGreaterThanOrEqualTo(24.9);
    }

    @Test
    void rejectsImpossibleCoordinates() {
        assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(0, -181)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void transactionsByLabelNameAndOldServiceName() {
        assertThat(EndpointTransaction.parse("XCPD ITI-55")).contains(EndpointTransaction.XCPD_ITI55);
        assertThat(EndpointTransaction.parse("xca iti-38")).contains(EndpointTransaction.XCA_ITI38);
        assertThat(EndpointTransaction.parse("XCA_ITI39")).contains(EndpointTransaction.XCA_ITI39);
        assertThat(EndpointTransaction.parse("Query for Documents")).contains(EndpointTransaction.XCA_ITI38);
        assertThat(EndpointTransaction.parse("HIEMNotify")).isEmpty();
    }
}
