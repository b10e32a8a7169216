package org.headshots.domain.audit;

import java.util.List;

public interface AuditTrail {

    void record(AuditEvent event);

    /** A page of the organisation's events, newest first. */
    List<AuditEvent> of(org.headshots.domain.people.Organisation organisation, AuditQuery query);

    /** How many of the organisation's events the query finds. */
    long count(org.headshots.domain.people.Organisation organisation, AuditQuery query);

    /** The actions the organisation's events have, sorted. */
    List<String> actions(org.headshots.domain.people.Organisation organisation);

    /** The events about one subject, oldest first. */
    List<AuditEvent> about(String subject);

    /** The events that name the person ({@link AuditEvent#names}), oldest first. */
    List<AuditEvent> naming(org.headshots.domain.people.Username person);

    /** The events about any of the subjects, oldest first. */
    List<AuditEvent> about(java.util.Collection<String> subjects);
}
