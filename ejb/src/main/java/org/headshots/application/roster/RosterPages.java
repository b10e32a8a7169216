package org.headshots.application.roster;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headshots.application.OrderLookup;
import org.headshots.application.gallery.HeadshotImages;
import org.headshots.application.gallery.Thumbnail;
import org.headshots.domain.audit.AuditAction;
import org.headshots.domain.audit.AuditEvent;
import org.headshots.domain.audit.AuditTrail;
import org.headshots.domain.headshot.HeadshotRepository;
import org.headshots.domain.order.MemberFacts;
import org.headshots.domain.order.MemberQuery;
import org.headshots.domain.order.Order;
import org.headshots.domain.order.OrderRepository;
import org.headshots.domain.order.Seat;
import org.headshots.domain.people.Department;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;

/**
 * Reads a roster a page at a time, each page in its own transaction, so that an export of any size holds one page
 * of members and their thumbnails at once.
 */
@Stateless
public class RosterPages {

    /** The long side of the favourite's picture in its row. */
    static final int THUMBNAIL_PIXELS = 72;

    @Inject
    OrderRepository orders;

    @Inject
    MemberFacts facts;

    @Inject
    HeadshotRepository headshots;

    @Inject
    HeadshotImages images;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "headshots.base-url")
    String baseUrl;

    /** The order's summary; the export is audited here, once. */
    public RosterSummary summary(Organisation organisation, long orderId, Username admin) {
        Order order = OrderLookup.find(orders, organisation, orderId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        RosterSummary summary = new RosterSummary(
                organisation.alias(),
                order.name().value(),
                order.deadline(),
                now,
                orders.stateCountsByDepartment(order.id()));
        audit.record(AuditEvent.by(
                admin,
                AuditAction.ROSTER_EXPORTED,
                "order:" + orderId,
                summary.members() + " members",
                organisation,
                now));
        return summary;
    }

    /** Members {@code first} to {@code first + max} by department, then name. */
    public List<RosterEntry> page(Organisation organisation, long orderId, int first, int max) {
        Order order = OrderLookup.find(orders, organisation, orderId);
        List<Seat> seats = orders.members(
                order.id(), new MemberQuery(null, Set.of(), MemberQuery.Sort.DEPARTMENT, true, first, max));
        List<Username> people = seats.stream().map(Seat::username).toList();
        Map<Username, MemberFacts.Selfies> selfies = facts.selfies(people);
        Map<Username, MemberFacts.Chosen> favourites = facts.favouritesOfOrder(order.id(), people);
        return seats.stream()
                .map(seat -> {
                    Optional<MemberFacts.Chosen> chosen = Optional.ofNullable(favourites.get(seat.username()));
                    return new RosterEntry(
                            seat.displayName(),
                            seat.email(),
                            seat.title(),
                            seat.department().map(Department::name).orElse(""),
                            seat.state(),
                            selfies.getOrDefault(seat.username(), new MemberFacts.Selfies(0, 0))
                                    .accepted(),
                            chosen.flatMap(this::thumbnail),
                            chosen.map(this::link),
                            seat.statusSince(),
                            chosen.map(MemberFacts.Chosen::at));
                })
                .toList();
    }

    private Optional<Thumbnail> thumbnail(MemberFacts.Chosen favourite) {
        return headshots.find(favourite.headshotId()).map(headshot -> images.thumbnail(headshot, THUMBNAIL_PIXELS));
    }

    private String link(MemberFacts.Chosen favourite) {
        return baseUrl.replaceAll("/+$", "") + "/admin/team-image?kind=headshot&size=original&id="
                + favourite.headshotId();
    }
}
