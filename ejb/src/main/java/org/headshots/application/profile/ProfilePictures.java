package org.headshots.application.profile;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.headshots.application.OrderLookup;
import org.headshots.application.gallery.DownloadNotYetException;
import org.headshots.application.photos.TeamPhotoEntry;
import org.headshots.application.photos.TeamPhotoPages;
import org.headshots.application.settings.SettingsService;
import org.headshots.domain.audit.AuditAction;
import org.headshots.domain.audit.AuditEvent;
import org.headshots.domain.audit.AuditTrail;
import org.headshots.domain.headshot.Favourite;
import org.headshots.domain.headshot.Headshot;
import org.headshots.domain.headshot.HeadshotRepository;
import org.headshots.domain.order.MemberQuery;
import org.headshots.domain.order.Order;
import org.headshots.domain.order.OrderId;
import org.headshots.domain.order.OrderRepository;
import org.headshots.domain.order.OrderStatus;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.headshots.domain.profile.ProfilePictureTemplate;
import org.headshots.domain.profile.Shape;

/**
 * Profile pictures made from members' favourites in their order's template: the admin previews a template on a
 * favourite and applies it to the whole order; the team ZIP and each employee's download use it.
 */
@Stateless
public class ProfilePictures {

    static final AuditAction APPLIED = AuditAction.PROFILE_TEMPLATE_APPLIED;
    static final AuditAction DOWNLOADED = AuditAction.PROFILE_PICTURE_DOWNLOADED;

    @Inject
    OrderRepository orders;

    @Inject
    HeadshotRepository headshots;

    @Inject
    ProfileStudio studio;

    @Inject
    SettingsService settings;

    @Inject
    TeamPhotoPages members;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The order's template, or, until one is applied, the standard one the organisation can use. */
    public ProfileTemplateView template(Organisation organisation, long orderId) {
        Order order = OrderLookup.find(orders, organisation, orderId);
        return new ProfileTemplateView(
                studio.templateOf(order),
                order.profileTemplate().isPresent(),
                studio.brandColour(order),
                settings.settings(organisation).logoKey().isPresent());
    }

    /**
     * Members of the order who chose a favourite, the first {@code max} by department, then name: whom the
     * cockpit's preview can show the template on.
     */
    public List<TeamPhotoEntry> chosen(Organisation organisation, long orderId, int max) {
        Order order = OrderLookup.find(orders, organisation, orderId);
        List<TeamPhotoEntry> chosen = new ArrayList<>();
        for (int first = 0; chosen.size() < max; first += MemberQuery.MAX_PAGE) {
            TeamPhotoPages.Page page =
                    members.page(organisation, order.id().value(), Set.of(), first, MemberQuery.MAX_PAGE);
            page.entries().stream().limit(max - chosen.size()).forEach(chosen::add);
            if (page.last()) {
                break;
            }
        }
        return chosen;
    }

    /**
     * The template on a member's favourite, or on the first favourite in the order (by department, then name)
     * for none. An admin's look at a person's picture is audited like any other.
     *
     * @throws NoFavouriteYetException when there is no such favourite yet
     */
    public RenderedProfilePicture preview(
            Organisation organisation,
            long orderId,
            ProfilePictureTemplate template,
            Optional<Username> member,
            Username admin) {
        Order order = OrderLookup.find(orders, organisation, orderId);
        Headshot favourite = member.map(person -> favouriteOf(person, order)
                        .orElseThrow(() -> new NoFavouriteYetException(
                                person.value() + " has not chosen a favourite in this order yet")))
                .orElseGet(() -> firstFavourite(organisation, order));
        audit.record(AuditEvent.by(
                admin,
                AuditAction.HEADSHOT_VIEWED_BY_ADMIN,
                "headshot:" + favourite.id(),
                "profile picture preview, owner " + favourite.owner().value(),
                organisation,
                OffsetDateTime.now(clock)));
        return studio.render(favourite, order, template);
    }

    /**
     * Makes the template the order's: every member's profile picture, in the team ZIP and in their own download,
     * is made in it from now on.
     *
     * @throws ProfileTemplateRefusedException for a template that needs a brand colour the order does not have
     */
    public ProfileTemplateView apply(
            Organisation organisation, long orderId, ProfilePictureTemplate template, Username admin) {
        Order order = OrderLookup.find(orders, organisation, orderId);
        studio.requireBrandColour(template, order);
        order.useProfileTemplate(template);
        audit.record(AuditEvent.by(
                admin, APPLIED, "order:" + orderId, describe(template), organisation, OffsetDateTime.now(clock)));
        return new ProfileTemplateView(
                template,
                true,
                studio.brandColour(order),
                settings.settings(organisation).logoKey().isPresent());
    }

    /**
     * The person's favourite in an order as a profile picture in the order's template, in another shape or size
     * when they ask for one; a download is audited and follows the organisation's rule on downloads before the
     * order closes, as the headshots do.
     */
    public RenderedProfilePicture mine(
            Username owner, long orderId, Optional<Shape> shape, Optional<Integer> size, boolean download) {
        Order order = orders.find(new OrderId(orderId))
                .orElseThrow(() -> new NoFavouriteYetException("You have no headshots in order " + orderId));
        Headshot favourite = favouriteOf(owner, order)
                .orElseThrow(() -> new NoFavouriteYetException(
                        "Choose your favourite headshot first: your profile picture is made from it"));
        ProfilePictureTemplate base = studio.templateOf(order);
        ProfilePictureTemplate template = base.reshaped(shape.orElse(base.shape()), size.orElse(base.size()));
        if (download) {
            if (!settings.settings(order.organisation()).downloadBeforeClose()
                    && order.status() != OrderStatus.CLOSED) {
                throw new DownloadNotYetException("Your organisation lets you download your pictures once the "
                        + "order has closed; until then you can look at it here");
            }
            audit.record(AuditEvent.by(
                    owner,
                    DOWNLOADED,
                    "headshot:" + favourite.id(),
                    describe(template),
                    order.organisation(),
                    OffsetDateTime.now(clock)));
        }
        return studio.render(favourite, order, template);
    }

    private Optional<Headshot> favouriteOf(Username person, Order order) {
        return headshots
                .favouriteOf(person, order.id())
                .map(Favourite::headshotId)
                .flatMap(headshots::find)
                .filter(headshot -> headshot.organisation().equals(order.organisation()));
    }

    private Headshot firstFavourite(Organisation organisation, Order order) {
        for (int first = 0; ; first += MemberQuery.MAX_PAGE) {
            TeamPhotoPages.Page page =
                    members.page(organisation, order.id().value(), Set.of(), first, MemberQuery.MAX_PAGE);
            Optional<Headshot> found = page.entries().stream()
                    .map(TeamPhotoEntry::headshotId)
                    .map(headshots::find)
                    .flatMap(Optional::stream)
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (page.last()) {
                throw new NoFavouriteYetException("Nobody in this order has chosen a favourite yet: the preview "
                        + "shows the template on the first one chosen");
            }
        }
    }

    private static String describe(ProfilePictureTemplate template) {
        return template.shape().name().toLowerCase(Locale.ROOT) + " " + template.size() + " px"
                + (template.greyscale() ? ", greyscale" : "") + ", background "
                + template.background().name().toLowerCase(Locale.ROOT)
                + (template.hasBorder()
                        ? ", border " + template.borderWidth() + " px "
                                + template.borderColour().name().toLowerCase(Locale.ROOT)
                        : "")
                + ", logo "
                + template.logoCorner().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
