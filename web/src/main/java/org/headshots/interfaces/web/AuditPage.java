package org.headshots.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.headshots.application.AuditLog;
import org.headshots.domain.audit.AuditQuery;
import org.headshots.interfaces.security.CurrentUser;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The organisation's audit log: who did what, when, to whom; filtered by person, action and days; paged; CSV. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog log;

    @Inject
    CurrentUser user;

    private String person;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private List<String> actions = List.of();
    private final LazyDataModel<AuditLog.Entry> entries = new Entries();

    @PostConstruct
    void load() {
        actions = log.actions(user.organisation());
    }

    /** The export of what the filters show. */
    public String getCsvLink() {
        return "audit.csv?person=" + encode(person) + "&action=" + encode(action) + "&from=" + encode(from) + "&to="
                + encode(to);
    }

    private static String encode(Object value) {
        return value == null ? "" : URLEncoder.encode(value.toString(), StandardCharsets.UTF_8);
    }

    private final class Entries extends LazyDataModel<AuditLog.Entry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) log.page(user.organisation(), query(0, 1)).found();
        }

        @Override
        public List<AuditLog.Entry> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            AuditLog.Page page = log.page(user.organisation(), query(first, pageSize));
            setRowCount((int) page.found());
            return page.entries();
        }

        @Override
        public String getRowKey(AuditLog.Entry entry) {
            return Long.toString(entry.id());
        }

        private AuditQuery query(int first, int pageSize) {
            LocalDate last = from != null && to != null && to.isBefore(from) ? from : to;
            return new AuditQuery(
                    person, action, from, last, first, Math.max(1, Math.min(pageSize, AuditQuery.MAX_PAGE)));
        }
    }

    public LazyDataModel<AuditLog.Entry> getEntries() {
        return entries;
    }

    public List<String> getActions() {
        return actions;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
