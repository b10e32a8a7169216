package org.headshots.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.headshots.domain.audit.AuditEvent;
import org.headshots.domain.audit.AuditQuery;
import org.headshots.domain.audit.AuditTrail;
import org.headshots.domain.audit.Mention;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;

@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

    /** Subjects asked for in one query, within what every database takes in an IN list. */
    private static final int SUBJECTS_A_QUERY = 500;

    @PersistenceContext(unitName = "headshots")
    EntityManager em;

    @Override
    public void record(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<AuditEvent> of(Organisation organisation, AuditQuery query) {
        return where(
                        em.createQuery(
                                "SELECT e FROM AuditEvent e" + conditions(query) + " ORDER BY e.at DESC, e.id DESC",
                                AuditEvent.class),
                        organisation,
                        query)
                .setFirstResult(query.first())
                .setMaxResults(query.max())
                .getResultList();
    }

    @Override
    public long count(Organisation organisation, AuditQuery query) {
        return where(
                        em.createQuery("SELECT COUNT(e) FROM AuditEvent e" + conditions(query), Long.class),
                        organisation,
                        query)
                .getSingleResult();
    }

    @Override
    public List<String> actions(Organisation organisation) {
        return em.createQuery(
                        "SELECT DISTINCT e.action FROM AuditEvent e WHERE e.organisation = :organisation"
                                + " ORDER BY e.action",
                        String.class)
                .setParameter("organisation", organisation)
                .getResultList();
    }

    private static String conditions(AuditQuery query) {
        return " WHERE e.organisation = :organisation"
                + (query.person() == null
                        ? ""
                        : " AND (e.actor = :person OR e.subject LIKE :subject" + LikePattern.ESCAPE
                                + " OR e.detail LIKE :subject" + LikePattern.ESCAPE + ")")
                + (query.action() == null ? "" : " AND e.action = :action")
                + (query.from() == null ? "" : " AND e.at >= :from")
                + (query.to() == null ? "" : " AND e.at < :to");
    }

    private static <T> TypedQuery<T> where(TypedQuery<T> typed, Organisation organisation, AuditQuery query) {
        typed.setParameter("organisation", organisation);
        if (query.person() != null) {
            typed.setParameter("person", query.person())
                    .setParameter("subject", LikePattern.containing(query.person()));
        }
        if (query.action() != null) {
            typed.setParameter("action", query.action());
        }
        if (query.from() != null) {
            typed.setParameter("from", query.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (query.to() != null) {
            typed.setParameter("to", query.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        return typed;
    }

    @Override
    public List<AuditEvent> about(String subject) {
        return em.createQuery(
                        "SELECT e FROM AuditEvent e WHERE e.subject = :subject ORDER BY e.at, e.id", AuditEvent.class)
                .setParameter("subject", subject)
                .getResultList();
    }

    @Override
    public List<AuditEvent> naming(Username person) {
        Mention mention = new Mention(person);
        return em.createQuery(
                        "SELECT e FROM AuditEvent e WHERE e.actor = :person OR e.subject LIKE :name"
                                + LikePattern.ESCAPE + " OR e.detail LIKE :name" + LikePattern.ESCAPE
                                + " ORDER BY e.at, e.id",
                        AuditEvent.class)
                .setParameter("person", person.value())
                .setParameter("name", LikePattern.containing(person.value()))
                .getResultStream()
                .filter(event -> event.names(mention))
                .toList();
    }

    @Override
    public List<AuditEvent> about(Collection<String> subjects) {
        List<String> all = List.copyOf(subjects);
        List<AuditEvent> events = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SUBJECTS_A_QUERY) {
            events.addAll(em.createQuery("SELECT e FROM AuditEvent e WHERE e.subject IN :subjects", AuditEvent.class)
                    .setParameter("subjects", all.subList(from, Math.min(all.size(), from + SUBJECTS_A_QUERY)))
                    .getResultList());
        }
        events.sort(Comparator.comparing(AuditEvent::at).thenComparing(AuditEvent::id));
        return events;
    }
}
