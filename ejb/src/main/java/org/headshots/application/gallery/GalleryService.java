package org.headshots.application.gallery;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.headshots.domain.audit.AuditAction;
import org.headshots.domain.audit.AuditEvent;
import org.headshots.domain.audit.AuditTrail;
import org.headshots.domain.headshot.Favourite;
import org.headshots.domain.headshot.GalleryOrder;
import org.headshots.domain.headshot.Headshot;
import org.headshots.domain.headshot.HeadshotRepository;
import org.headshots.domain.order.OrderId;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.headshots.domain.run.HeadshotRunRepository;

/** A person's headshots, best first, and their images in the sizes people download; only for their owner. */
@Stateless
public class GalleryService {

    @Inject
    HeadshotRepository headshots;

    @Inject
    HeadshotImages images;

    @Inject
    AuditTrail audit;

    @Inject
    org.headshots.domain.order.OrderRepository orders;

    @Inject
    HeadshotRunRepository runs;

    @Inject
    org.headshots.application.settings.SettingsService settings;

    @Inject
    jakarta.enterprise.event.Event<org.headshots.application.MemberProgressed> progressed;

    @Inject
    Clock clock;

    /** Every headshot of the person, best first, each with the order it was made for. */
    public List<HeadshotView> gallery(Username owner) {
        return gallery(owner, null);
    }

    /**
     * The headshots of the person's seat in one order, best first, ranked within that order and interleaved so
     * that the first screen is varied ({@link GalleryOrder}); all of them for none.
     */
    public List<HeadshotView> gallery(Username owner, Long order) {
        java.util.Map<Integer, Long> orderOfRun = new java.util.HashMap<>();
        runs.of(owner).forEach(run -> orderOfRun.put(run.number(), run.order().value()));
        List<Headshot> ranked = GalleryOrder.of(headshots.ranked(owner).stream()
                .filter(headshot -> order == null || order.equals(orderOfRun.get(headshot.run())))
                .toList());
        List<HeadshotView> views = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            Headshot headshot = ranked.get(i);
            views.add(HeadshotView.of(headshot, i + 1, orderOfRun.getOrDefault(headshot.run(), 0L)));
        }
        return views;
    }

    /** Makes the headshot the person's favourite for the order it was made for, in place of any earlier one. */
    public FavouriteView choose(Username owner, long id) {
        Headshot headshot = headshots
                .find(id)
                .filter(h -> h.owner().equals(owner))
                .orElseThrow(() -> new HeadshotNotFoundException(id));
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!orderOf(headshot).map(order -> order.isOpen(now)).orElse(false)) {
            throw new FavouriteLockedException("The order this headshot was made for has closed, so your favourite"
                    + " can no longer be changed; your admin can tell you more");
        }
        OrderId order =
                orderOf(headshot).map(org.headshots.domain.order.Order::id).orElseThrow();
        Favourite favourite = headshots.favouriteOf(owner, order).orElse(null);
        if (favourite == null) {
            headshots.store(new Favourite(headshot, order, now));
        } else {
            favourite.choose(headshot, now);
        }
        audit.record(
                AuditEvent.by(owner, AuditAction.FAVOURITE_CHOSEN, "headshot:" + id, "", headshot.organisation(), now));
        progressed.fire(new org.headshots.application.MemberProgressed(owner));
        return new FavouriteView(id, order.value());
    }

    /** The order the headshot's run was made for. */
    private java.util.Optional<org.headshots.domain.order.Order> orderOf(Headshot headshot) {
        return runs.of(headshot.owner()).stream()
                .filter(run -> run.number() == headshot.run())
                .findFirst()
                .flatMap(run -> orders.find(run.order()));
    }

    /** The person's favourite for their seat in the order, or, for none, the one they chose last. */
    public java.util.Optional<FavouriteView> favourite(Username owner, Long order) {
        return (order == null
                        ? headshots.favouritesOf(owner).stream().findFirst()
                        : headshots.favouriteOf(owner, new OrderId(order)))
                .map(favourite -> new FavouriteView(
                        favourite.headshotId(), favourite.order().value()));
    }

    /** The image as JPEG; another person's headshot is "not found". Every download is audited. */
    public byte[] image(Username viewer, long id, ImageSize size) {
        Headshot headshot = headshots
                .find(id)
                .filter(h -> h.owner().equals(viewer))
                .orElseThrow(() -> new HeadshotNotFoundException(id));
        if (size != ImageSize.THUMBNAIL
                && !settings.settings(headshot.organisation()).downloadBeforeClose()
                && orderOf(headshot)
                        .map(order -> order.status() != org.headshots.domain.order.OrderStatus.CLOSED)
                        .orElse(false)) {
            throw new DownloadNotYetException("Your organisation lets you download your headshots once the order"
                    + " has closed; until then you can look at them and choose your favourite here");
        }
        audit.record(AuditEvent.by(
                viewer,
                AuditAction.HEADSHOT_DOWNLOADED,
                "headshot:" + id,
                size.name(),
                headshot.organisation(),
                OffsetDateTime.now(clock)));
        return render(headshot, size);
    }

    /** The person's headshots for one order, best first, for an admin of that order's organisation (view only). */
    public List<HeadshotView> galleryForAdmin(Organisation organisation, Username person, long order) {
        boolean ours = runs.of(person).stream()
                .anyMatch(run ->
                        run.order().value() == order && run.organisation().equals(organisation));
        return ours ? gallery(person, order) : List.of();
    }

    /** A headshot of the admin's organisation as JPEG; any other is "not found". Every view is audited. */
    public byte[] imageForAdmin(Username admin, Organisation organisation, long id, ImageSize size) {
        Headshot headshot = headshots
                .find(id)
                .filter(h -> h.organisation().equals(organisation))
                .orElseThrow(() -> new HeadshotNotFoundException(id));
        audit.record(AuditEvent.by(
                admin,
                AuditAction.HEADSHOT_VIEWED_BY_ADMIN,
                "headshot:" + id,
                size.name() + ", owner " + headshot.owner().value(),
                headshot.organisation(),
                OffsetDateTime.now(clock)));
        return render(headshot, size);
    }

    private byte[] render(Headshot headshot, ImageSize size) {
        return images.render(headshot, size);
    }
}
