package dev.crossway.web.portal;

import dev.crossway.web.api.error.FieldPaths;
import dev.crossway.responder.application.CommunityForm;
import dev.crossway.responder.application.CommunityView;
import dev.crossway.responder.application.DownstreamEndpoints;
import dev.crossway.responder.application.HostedCommunities;
import dev.crossway.responder.application.IdentityCache;
import dev.crossway.responder.application.ResponderValidationException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The hosted communities: list, add, change mode and purpose-of-use policy; identity cache counters. */
@Named
@ViewScoped
public class ManageCommunities implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient HostedCommunities communities;
    @Inject
    transient IdentityCache cache;

    private String homeCommunityId;
    private String name;
    private String assigningAuthority;
    private String mode = "Stored";
    private List<String> purposesOfUse = new ArrayList<>(List.of("TREATMENT"));
    private List<String> restrictedPurposesOfUse = new ArrayList<>();
    private List<String> veryRestrictedPurposesOfUse = new ArrayList<>();
    private String downstreamXcpdUrl;
    private String downstreamXcaQueryUrl;
    private String downstreamXcaRetrieveUrl;

    public List<CommunityView> getCommunities() {
        return communities.list();
    }

    public List<String> getAllPurposes() {
        return Arrays.asList("TREATMENT", "PAYMENT", "OPERATIONS", "REQUEST", "PUBLICHEALTH", "COVERAGE", "SYSADMIN");
    }

    public void edit(CommunityView c) {
        homeCommunityId = c.homeCommunityId();
        name = c.name();
        assigningAuthority = c.assigningAuthority();
        mode = c.mode();
        purposesOfUse = new ArrayList<>(c.purposesOfUse());
        restrictedPurposesOfUse = new ArrayList<>(c.restrictedPurposesOfUse());
        veryRestrictedPurposesOfUse = new ArrayList<>(c.veryRestrictedPurposesOfUse());
        DownstreamEndpoints d = c.downstream() == null ? new DownstreamEndpoints(null, null, null) : c.downstream();
        downstreamXcpdUrl = d.xcpd();
        downstreamXcaQueryUrl = d.xcaQuery();
        downstreamXcaRetrieveUrl = d.xcaRetrieve();
    }

    public void save() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            String actor = Portal.requireAdmin();
            CommunityView saved = communities.save(new CommunityForm(homeCommunityId, name, assigningAuthority, mode,
                    purposesOfUse, DownstreamEndpoints.of(blank(downstreamXcpdUrl), blank(downstreamXcaQueryUrl),
                    blank(downstreamXcaRetrieveUrl)), null, restrictedPurposesOfUse, veryRestrictedPurposesOfUse), actor);
            ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Saved", saved.name()));
        } catch (ResponderValidationException e) {
            ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, FieldPaths.of(e), e.getMessage()));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public long getCacheHits() { return cache.hits(); }
    public long getCacheMisses() { return cache.misses(); }
    public long getCacheSize() { return cache.size(); }

    public String getHomeCommunityId() { return homeCommunityId; }
    public void setHomeCommunityId(String v) { homeCommunityId = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getAssigningAuthority() { return assigningAuthority; }
    public void setAssigningAuthority(String v) { assigningAuthority = v; }
    public String getMode() { return mode; }
    public void setMode(String v) { mode = v; }
    public List<String> getPurposesOfUse() { return purposesOfUse; }
    public void setPurposesOfUse(List<String> v) { purposesOfUse = v; }
    public List<String> getRestrictedPurposesOfUse() { return restrictedPurposesOfUse; }
    public void setRestrictedPurposesOfUse(List<String> v) { restrictedPurposesOfUse = v; }
    public List<String> getVeryRestrictedPurposesOfUse() { return veryRestrictedPurposesOfUse; }
    public void setVeryRestrictedPurposesOfUse(List<String> v) { veryRestrictedPurposesOfUse = v; }
    public String getDownstreamXcpdUrl() { return downstreamXcpdUrl; }
    public void setDownstreamXcpdUrl(String v) { downstreamXcpdUrl = v; }
    public String getDownstreamXcaQueryUrl() { return downstreamXcaQueryUrl; }
    public void setDownstreamXcaQueryUrl(String v) { downstreamXcaQueryUrl = v; }
    public String getDownstreamXcaRetrieveUrl() { return downstreamXcaRetrieveUrl; }
    public void setDownstreamXcaRetrieveUrl(String v) { downstreamXcaRetrieveUrl = v; }
}
