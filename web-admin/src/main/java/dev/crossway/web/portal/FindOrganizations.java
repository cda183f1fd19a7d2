package dev.crossway.web.portal;

import dev.crossway.web.api.error.FieldPaths;
import dev.crossway.directory.application.DirectoryValidationException;
import dev.crossway.directory.application.OrganizationPage;
import dev.crossway.directory.application.OrganizationQueries;
import dev.crossway.directory.application.OrganizationSearch;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The directory search page: filters, radius, and a lazily paged table. */
@Named
@ViewScoped
public class FindOrganizations implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OrganizationQueries queries;

    private String name;
    private String identifier;
    private String city;
    private String state;
    private String transaction;
    private Double radiusMiles;
    private String radiusZip;
    private boolean inactiveOnly;

    private final LazyDataModel<OrganizationRow> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, search(0, 1).total());
        }

        @Override
        public List<OrganizationRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            OrganizationPage page = search(first, pageSize);
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.organizations().stream().map(OrganizationRow::of).toList();
        }
    };

    private OrganizationPage search(int offset, int count) {
        boolean radius = isRadiusSearch();
        try {
            return queries.search(new OrganizationSearch(blank(name), blank(identifier), blank(city), blank(state), null,
                    blank(transaction), null, inactiveOnly ? Boolean.FALSE : null,
                    radius ? radiusMiles : null, radius ? radiusZip.trim() : null, null, null, offset, count));
        } catch (DirectoryValidationException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_WARN, FieldPaths.of(e), e.getMessage()));
            return new OrganizationPage(List.of(), 0, offset, count);
        }
    }

    public boolean isRadiusSearch() {
        return radiusMiles != null && radiusMiles > 0 && radiusZip != null && !radiusZip.isBlank();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public LazyDataModel<OrganizationRow> getModel() {
        return model;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getIdentifier() { return identifier; }
    public void setIdentifier(String identifier) { this.identifier = identifier; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public String getTransaction() { return transaction; }
    public void setTransaction(String transaction) { this.transaction = transaction; }
    public Double getRadiusMiles() { return radiusMiles; }
    public void setRadiusMiles(Double radiusMiles) { this.radiusMiles = radiusMiles; }
    public String getRadiusZip() { return radiusZip; }
    public void setRadiusZip(String radiusZip) { this.radiusZip = radiusZip; }
    public boolean isInactiveOnly() { return inactiveOnly; }
    public void setInactiveOnly(boolean inactiveOnly) { this.inactiveOnly = inactiveOnly; }
}
