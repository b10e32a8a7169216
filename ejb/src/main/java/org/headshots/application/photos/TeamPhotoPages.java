package org.headshots.application.photos;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.headshots.application.OrderLookup;
import org.headshots.application.gallery.HeadshotImages;
import org.headshots.application.gallery.HeadshotNotFoundException;
import org.headshots.application.gallery.ImageSize;
import org.headshots.application.profile.ProfileStudio;
import org.headshots.domain.audit.AuditAction;
import org.headshots.domain.audit.AuditEvent;
import org.headshots.domain.audit.AuditTrail;
import org.headshots.domain.headshot.Headshot;
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
 * Reads the favourites of an order's members a page of seats at a time, and renders them one image at a time,
 * each in its own transaction, so that a download of any size holds one page of names and one image at once.
 */
@Stateless
public class TeamPhotoPages {

    static final AuditAction AUDIT_ACTION = AuditAction.TEAM_PHOTOS_DOWNLOADED;

    @Inject
    OrderRepository orders;

    @Inject
    MemberFacts facts;

    @Inject
    HeadshotRepository headshots;

    @Inject
    HeadshotImages images;

    @Inject
    ProfileStudio studio;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** What the download is known to hold before the first byte is sent. */
    public record Summary(String order, OffsetDateTime made, long photos) {}

    /**
     * The favourites among a page of seats. A page may hold fewer favourites than seats, or none, and still not be
     * the last: only {@code last} says the seats ran out.
     */
    public record Page(List<TeamPhotoEntry> entries, boolean last) {

        public Page {
            entries = List.copyOf(entries);
        }
    }

    /**
     * Counts the favourites the download will hold and audits it, once.
     *
     * @param selection the members to download; none: everyone
     * @throws org.headshots.application.OrderNotFoundException for an order that is not the organisation's
     */
    public Summary prepare(
            Organisation organisation, long orderId, Set<Username> selection, PhotoSizes sizes, Username admin) {
        Order order = OrderLookup.find(orders, organisation, orderId);
        long photos = 0;
        for (int first = 0; ; first += MemberQuery.MAX_PAGE) {
            Page page = favourites(order, selection, first, MemberQuery.MAX_PAGE);
            photos += page.entries().size();
            if (page.last()) {
                break;
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String detail = photos + (photos == 1 ? " photo" : " photos") + " in " + sizes
                + (selection.isEmpty() ? "" : " of " + selection.size() + " selected members");
        audit.record(AuditEvent.by(admin, AUDIT_ACTION, "order:" + orderId, detail, organisation, now));
        return new Summary(order.name().value(), now, photos);
    }

    /** The favourites of seats {@code first} to {@code first + max}, by department, then name. */
    public Page page(Organisation organisation, long orderId, Set<Username> selection, int first, int max) {
        return favourites(OrderLookup.find(orders, organisation, orderId), selection, first, max);
    }

    /**
     * One of the organisation's headshots in one size: a JPEG, or for the profile size a PNG in the order's
     * profile-picture template.
     */
    public byte[] image(Organisation organisation, long orderId, long headshotId, ImageSize size) {
        Headshot headshot = headshots
                .find(headshotId)
                .filter(found -> found.organisation().equals(organisation))
                .orElseThrow(() -> new HeadshotNotFoundException(headshotId));
        if (size == ImageSize.PROFILE) {
            return studio.render(headshot, OrderLookup.find(orders, organisation, orderId))
                    .png();
        }
        return images.render(headshot, size);
    }

    private Page favourites(Order order, Set<Username> selection, int first, int max) {
        List<Seat> seats = orders.members(
                order.id(), new MemberQuery(null, Set.of(), MemberQuery.Sort.DEPARTMENT, true, first, max));
        List<Seat> wanted = seats.stream()
                .filter(seat -> selection.isEmpty() || selection.contains(seat.username()))
                .toList();
        Map<Username, MemberFacts.Chosen> favourites = wanted.isEmpty()
                ? Map.of()
                : facts.favouritesOfOrder(
                        order.id(), wanted.stream().map(Seat::username).toList());
        List<TeamPhotoEntry> entries = wanted.stream()
                .filter(seat -> favourites.containsKey(seat.username()))
                .map(seat -> new TeamPhotoEntry(
                        seat.department().map(Department::name).orElse(""),
                        seat.displayName(),
                        seat.username(),
                        favourites.get(seat.username()).headshotId()))
                .toList();
        return new Page(entries, seats.size() < max);
    }
}
