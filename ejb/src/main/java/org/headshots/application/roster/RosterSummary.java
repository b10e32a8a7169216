package org.headshots.application.roster;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.headshots.domain.order.MemberState;

/** The roster's first sheet: which order, when it was made, and how many members are in each state per department. */
public record RosterSummary(
        String organisation,
        String order,
        LocalDate deadline,
        OffsetDateTime made,
        Map<String, Map<MemberState, Long>> statesByDepartment) {

    public long members() {
        return statesByDepartment.values().stream()
                .flatMap(states -> states.values().stream())
                .mapToLong(Long::longValue)
                .sum();
    }
}
