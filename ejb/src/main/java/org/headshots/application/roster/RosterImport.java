package org.headshots.application.roster;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.headshots.application.OrderLookup;
import org.headshots.application.OrderService;
import org.headshots.application.mail.SeatMails;
import org.headshots.domain.audit.AuditAction;
import org.headshots.domain.audit.AuditEvent;
import org.headshots.domain.audit.AuditTrail;
import org.headshots.domain.order.Order;
import org.headshots.domain.order.OrderRepository;
import org.headshots.domain.people.Department;
import org.headshots.domain.people.DepartmentDirectory;
import org.headshots.domain.people.MemberEnrolment;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.headshots.domain.roster.RosterCheck;
import org.headshots.domain.roster.RosterFiles;
import org.headshots.domain.roster.RosterPeople;
import org.headshots.domain.roster.RosterPreview;
import org.headshots.domain.roster.RosterRow;

/**
 * A roster file imported into an order: first a preview of every row's problems and what applying would do, with
 * nothing changed; then, for a file without problems, the people created or brought up to date in the directory
 * and seated in the order. The same file applied twice changes nothing the second time.
 */
@Stateless
public class RosterImport {

    @Inject
    RosterFiles files;

    @Inject
    RosterPeople people;

    @Inject
    MemberEnrolment enrolment;

    @Inject
    DepartmentDirectory directory;

    @Inject
    OrderRepository orders;

    @Inject
    OrderService orderService;

    @Inject
    SeatMails mails;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** What applying the file would do; changes nothing. */
    public RosterPreview preview(Organisation organisation, long orderId, String fileName, byte[] content) {
        OrderLookup.find(orders, organisation, orderId).requireOpenToPeople();
        return check(organisation, files.read(fileName, content));
    }

    /**
     * @throws RosterHasProblemsException when a row has a problem: nothing is changed then
     */
    public RosterImported apply(
            Organisation organisation, long orderId, String fileName, byte[] content, Username admin) {
        Order order = OrderLookup.find(orders, organisation, orderId);
        order.requireOpenToPeople();
        RosterPreview preview = check(organisation, files.read(fileName, content));
        if (!preview.clean()) {
            throw new RosterHasProblemsException(preview);
        }
        Map<RosterPeople.Outcome, Integer> outcomes = new EnumMap<>(RosterPeople.Outcome.class);
        List<Username> everyone = new ArrayList<>();
        String returnTo = mails.seatLink(order.id());
        for (RosterRow row : preview.rows()) {
            RosterPeople.Applied applied = people.apply(organisation, row, returnTo);
            outcomes.merge(applied.outcome(), 1, Integer::sum);
            everyone.add(applied.person().username());
        }
        List<String> seated = everyone.isEmpty()
                ? List.of()
                : orderService.addPeople(organisation, orderId, everyone, List.of(), admin);
        RosterImported imported = new RosterImported(
                outcomes.getOrDefault(RosterPeople.Outcome.CREATED, 0),
                outcomes.getOrDefault(RosterPeople.Outcome.UPDATED, 0),
                outcomes.getOrDefault(RosterPeople.Outcome.UNCHANGED, 0),
                seated.size());
        audit.record(AuditEvent.by(
                admin,
                AuditAction.ROSTER_IMPORTED,
                "order:" + orderId,
                imported.summary(),
                organisation,
                OffsetDateTime.now(clock)));
        return imported;
    }

    private RosterPreview check(Organisation organisation, List<RosterRow> rows) {
        List<String> departments = directory.departments(organisation).stream()
                .map(Department::name)
                .toList();
        return new RosterCheck(
                        enrolment.domains(organisation), departments, email -> people.whereabouts(organisation, email))
                .check(rows);
    }
}
