package dev.crossway.web.portal;

import dev.crossway.directory.application.AddressView;
import dev.crossway.directory.application.EndpointView;
import dev.crossway.directory.application.FacilityForm;
import dev.crossway.directory.application.OrganizationView;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What the facility form edits: flat fields, one URL per transaction. */
public class FacilityInput implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> TREATMENT = List.of("TREATMENT");

    private String oid;
    private String name;
    private String type = "Facility";
    private String street;
    private String city;
    private String state;
    private String zip;
    private String partOf;
    private String xcpdUrl;
    private String xcaQueryUrl;
    private String xcaRetrieveUrl;
    private List<String> aliases = List.of();

    static FacilityInput of(OrganizationView v) {
        FacilityInput in = new FacilityInput();
        in.oid = v.oid();
        in.name = v.name();
        in.type = v.type() == null ? "Facility" : v.type();
        in.aliases = v.aliases();
        AddressView a = v.address();
        if (a != null) {
            in.street = a.street();
            in.city = a.city();
            in.state = a.state();
            in.zip = a.zip();
        }
        in.partOf = v.partOf();
        for (EndpointView e : v.endpoints()) {
            switch (e.transaction()) {
                case "XCPD ITI-55" -> in.xcpdUrl = e.url();
                case "XCA ITI-38" -> in.xcaQueryUrl = e.url();
                case "XCA ITI-39" -> in.xcaRetrieveUrl = e.url();
                default -> { }
            }
        }
        return in;
    }

    FacilityForm toForm() {
        List<EndpointView> endpoints = new ArrayList<>();
        addEndpoint(endpoints, "XCPD ITI-55", xcpdUrl);
        addEndpoint(endpoints, "XCA ITI-38", xcaQueryUrl);
        addEndpoint(endpoints, "XCA ITI-39", xcaRetrieveUrl);
        return new FacilityForm(oid, name, aliases, type, street, city, state, zip, "US", null, null,
                partOf == null || partOf.isBlank() ? null : partOf.trim(), endpoints, List.of());
    }

    private static void addEndpoint(List<EndpointView> endpoints, String transaction, String url) {
        if (url != null && !url.isBlank()) {
            endpoints.add(new EndpointView(transaction, url.trim(), TREATMENT, List.of()));
        }
    }

    public String getOid() { return oid; }
    public void setOid(String oid) { this.oid = oid; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public String getZip() { return zip; }
    public void setZip(String zip) { this.zip = zip; }
    public String getPartOf() { return partOf; }
    public void setPartOf(String partOf) { this.partOf = partOf; }
    public String getXcpdUrl() { return xcpdUrl; }
    public void setXcpdUrl(String xcpdUrl) { this.xcpdUrl = xcpdUrl; }
    public String getXcaQueryUrl() { return xcaQueryUrl; }
    public void setXcaQueryUrl(String xcaQueryUrl) { this.xcaQueryUrl = xcaQueryUrl; }
    public String getXcaRetrieveUrl() { return xcaRetrieveUrl; }
    public void setXcaRetrieveUrl(String xcaRetrieveUrl) { this.xcaRetrieveUrl = xcaRetrieveUrl; }
}
