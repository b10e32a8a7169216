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
}
