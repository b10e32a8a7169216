package org.headshots.application.join;

import java.time.LocalDate;
import java.util.List;

/** What the join page shows a person who opened a working join link. */
public record JoinInvitation(String orderName, String organisation, List<String> domains, LocalDate deadline) {}
