package org.headshots.domain.audit;

import java.util.List;

public interface AuditTrail {

    void record(AuditEvent event);

    /** The events about one subject, oldest first. */
    List<AuditEvent> about(String subject);
}
