package dev.crossway.web.portal;

import dev.crossway.initiator.application.AppointmentView;
import dev.crossway.initiator.application.Appointments;
import dev.crossway.web.access.Callers;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Pre-visit queries: the appointments partners booked (an administrator sees every client's),
 * upcoming ones (scheduled or running), done ones and failed ones, and those cancelled.
 */
@Named
@ViewScoped
public class ReviewPreVisitQueries implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Appointments appointments;
    @Inject
    transient Callers callers;

    private int days = 7;
    private List<AppointmentView> all;

    private List<AppointmentView> all() {
        if (all == null) {
            all = appointments.list(callers.current(), days, 1000);
        }
        return all;
    }

    public List<AppointmentView> getUpcoming() {
        return with(AppointmentView.SCHEDULED, AppointmentView.RUNNING);
    }

    public List<AppointmentView> getDone() {
        return with(AppointmentView.COMPLETED);
    }

    public List<AppointmentView> getFailed() {
        return with(AppointmentView.FAILED);
    }

    public List<AppointmentView> getCancelled() {
        return with(AppointmentView.CANCELLED);
    }

    private List<AppointmentView> with(String... statuses) {
        List<String> wanted = List.of(statuses);
        return all().stream().filter(a -> wanted.contains(a.status())).toList();
    }

    public void refresh() {
        all = null;
    }

    public int getDays() { return days; }
    public void setDays(int v) { days = Math.max(0, Math.min(v, 366)); all = null; }
}
