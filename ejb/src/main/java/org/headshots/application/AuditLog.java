package org.headshots.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.headshots.domain.audit.AuditEvent;
import org.headshots.domain.audit.AuditQuery;
import org.headshots.domain.audit.AuditTrail;
import org.headshots.domain.people.Organisation;

/** The organisation's audit log as its admin reads it: who did what, when, to whom; filtered, paged, exported. */
@Stateless
public class AuditLog {

    @Inject
    AuditTrail trail;

    public record Entry(long id, OffsetDateTime at, String actor, String action, String subject, String detail) {

        static Entry of(AuditEvent event) {
            return new Entry(event.id(), event.at(), event.actor(), event.action(), event.subject(), event.detail());
        }
    }

    public record Page(List<Entry> entries, long found) {}

    public Page page(Organisation organisation, AuditQuery query) {
        return new Page(
                trail.of(organisation, query).stream().map(Entry::of).toList(), trail.count(organisation, query));
    }

    public List<String> actions(Organisation organisation) {
        return trail.actions(organisation);
    }

    /** Every entry the query finds, newest first, handed over a page at a time (for an export of any size). */
    public void each(Organisation organisation, AuditQuery query, Consumer<Entry> entry) {
        for (int first = 0; ; first += AuditQuery.MAX_PAGE) {
            List<AuditEvent> page = trail.of(
                    organisation,
                    new AuditQuery(
                            query.person(), query.action(), query.from(), query.to(), first, AuditQuery.MAX_PAGE));
            page.stream().map(Entry::of).forEach(entry);
            if (page.size() < AuditQuery.MAX_PAGE) {
                return;
            }
        }
    }
}
