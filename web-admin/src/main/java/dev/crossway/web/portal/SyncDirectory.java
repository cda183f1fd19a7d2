package dev.crossway.web.portal;

import dev.crossway.web.api.error.FieldPaths;
import dev.crossway.interop.config.Setting;
import dev.crossway.directory.application.DirectorySync;
import dev.crossway.directory.application.DirectoryValidationException;
import dev.crossway.directory.application.SyncRunView;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Starting a directory sync and watching its progress. */
@Named
@ViewScoped
public class SyncDirectory implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DirectorySync sync;

    private String url = Setting.value("crossway.directory.url", "");
    private String apiKey;
    private List<SyncRunView> runs;

    public void start() {
        Portal.requireAdmin();
        try {
            sync.startFromUrl(url, apiKey, 500);
            refresh();
        } catch (DirectoryValidationException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, FieldPaths.of(e), e.getMessage()));
        }
    }

    public void refresh() {
        runs = sync.recent(10);
    }

    public List<SyncRunView> getRuns() {
        if (runs == null) {
            refresh();
        }
        return runs;
    }

    public SyncRunView getLatest() {
        List<SyncRunView> r = getRuns();
        return r.isEmpty() ? null : r.get(0);
    }

    public boolean isRunning() {
        SyncRunView latest = getLatest();
        return latest != null && "RUNNING".equals(latest.status());
    }

    /** Progress in percent: pages against the directory's announced total when known. */
    public int getPercent() {
        SyncRunView latest = getLatest();
        if (latest == null) {
            return 0;
        }
        if (!"RUNNING".equals(latest.status())) {
            return 100;
        }
        Integer total = latest.totalExpected();
        return total == null || total == 0 ? 0 : Math.min(99, latest.organizations() * 100 / total);
    }

    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getApiKey() { return apiKey; }
    public void setApiKey(String apiKey) { this.apiKey = apiKey; }
}
