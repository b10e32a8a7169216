package org.headshots.application.photos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.headshots.application.OrderNotFoundException;
import org.headshots.application.gallery.HeadshotImages;
import org.headshots.application.gallery.HeadshotNotFoundException;
import org.headshots.application.gallery.ImageSize;
import org.headshots.domain.audit.AuditEvent;
import org.headshots.domain.audit.AuditTrail;
import org.headshots.domain.headshot.Headshot;
import org.headshots.domain.headshot.HeadshotRepository;
import org.headshots.domain.order.MemberFacts;
import org.headshots.domain.order.MemberQuery;
import org.headshots.domain.order.Order;
import org.headshots.domain.order.OrderId;
import org.headshots.domain.order.OrderName;
import org.headshots.domain.order.OrderRepository;
import org.headshots.domain.order.Seat;
import org.headshots.domain.people.Department;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class TeamPhotosPagesTest {

    private static final Organisation ACME = new Organisation("acme.example");
    private static final Instant NOW = Instant.parse("2026-12-04T09:15:00Z");
    private static final OrderId ORDER = new OrderId(42);

    private final List<Seat> seats = new ArrayList<>();
    private final Map<Username, MemberFacts.Chosen> favourites = new HashMap<>();
    private final List<MemberQuery> queries = new ArrayList<>();
    private TeamPhotoPages pages;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void pages() {
        Order order = mock(Order.class);
        when(order.id()).thenReturn(ORDER);
        when(order.name()).thenReturn(new OrderName("Spring portraits"));
        pages = new TeamPhotoPages();
        pages.orders = mock(OrderRepository.class);
        when(pages.orders.find(ACME, ORDER)).thenReturn(Optional.of(order));
        when(pages.orders.find(new Organisation("other.example"), ORDER)).thenReturn(Optional.empty());
        when(pages.orders.members(eq(ORDER), any())).thenAnswer(call -> {
            MemberQuery query = call.getArgument(1);
            queries.add(query);
            return seats.subList(
                    Math.min(query.first(), seats.size()), Math.min(query.first() + query.max(), seats.size()));
        });
        pages.facts = mock(MemberFacts.class);
        when(pages.facts.favouritesOfOrder(eq(ORDER), anyCollection())).thenAnswer(call -> {
            Map<Username, MemberFacts.Chosen> asked = new HashMap<>();
            for (Username person : (Collection<Username>) call.getArgument(1)) {
                if (favourites.containsKey(person)) {
                    asked.put(person, favourites.get(person));
                }
            }
            return asked;
        });
        pages.headshots = mock(HeadshotRepository.class);
        pages.images = mock(HeadshotImages.class);
        pages.audit = mock(AuditTrail.class);
        pages.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    private void seat(String department, String name, String username, long favourite) {
        Seat seat = mock(Seat.class);
        when(seat.username()).thenReturn(new Username(username));
        when(seat.displayName()).thenReturn(name);
        when(seat.department())
                .thenReturn(department.isEmpty() ? Optional.empty() : Optional.of(new Department(department)));
        seats.add(seat);
        if (favourite > 0) {
            favourites.put(new Username(username), new MemberFacts.Chosen(favourite, OffsetDateTime.now(pages.clock)));
        }
    }

    @Test
    void aPageHoldsTheSeatsWithAFavouriteByDepartmentThenName() {
        seat("", "Carol Chen", "carol", 3);
        seat("Engineering", "Bob Baker", "bob", 1);
        seat("Engineering", "Dan Dee", "dan", 0);

        TeamPhotoPages.Page page = pages.page(ACME, 42, Set.of(), 0, 200);

        assertEquals(
                List.of(
                        new TeamPhotoEntry("", "Carol Chen", new Username("carol"), 3),
                        new TeamPhotoEntry("Engineering", "Bob Baker", new Username("bob"), 1)),
                page.entries());
        assertTrue(page.last());
        MemberQuery query = queries.get(0);
        assertEquals(MemberQuery.Sort.DEPARTMENT, query.sort());
        assertTrue(query.ascending());
        assertEquals(0, query.first());
        assertEquals(200, query.max());
    }

    @Test
    void aFullPageOfSeatsIsNotTheLastEvenWithoutFavourites() {
        seat("A", "Ann", "ann", 0);
        seat("A", "Ben", "ben", 0);
        seat("B", "Cy", "cy", 7);

        TeamPhotoPages.Page first = pages.page(ACME, 42, Set.of(), 0, 2);
        TeamPhotoPages.Page second = pages.page(ACME, 42, Set.of(), 2, 2);

        assertEquals(List.of(), first.entries());
        assertFalse(first.last());
        assertEquals(List.of(new TeamPhotoEntry("B", "Cy", new Username("cy"), 7)), second.entries());
        assertTrue(second.last());
    }

    @Test
    void aSelectionKeepsOnlyTheSelectedMembers() {
        seat("A", "Ann", "ann", 1);
        seat("A", "Ben", "ben", 2);
        seat("B", "Cy", "cy", 3);

        TeamPhotoPages.Page page = pages.page(ACME, 42, Set.of(new Username("cy"), new Username("ann")), 0, 200);

        assertEquals(
                List.of("ann", "cy"),
                page.entries().stream().map(entry -> entry.username().value()).toList());
    }

    @Test
    void preparingCountsTheFavouritesOfAllPagesAndAuditsOnce() {
        for (int n = 0; n < MemberQuery.MAX_PAGE + 3; n++) {
            seat("A", "Person " + n, "p" + n, n % 2 == 0 ? n + 1 : 0);
        }

        TeamPhotoPages.Summary summary =
                pages.prepare(ACME, 42, Set.of(), PhotoSizes.parse("original,profile"), new Username("olga"));

        assertEquals(252, summary.photos());
        assertEquals("Spring portraits", summary.order());
        assertEquals(OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC), summary.made());
        assertEquals(
                List.of(0, MemberQuery.MAX_PAGE),
                queries.stream().map(MemberQuery::first).toList());
        ArgumentCaptor<AuditEvent> event = ArgumentCaptor.forClass(AuditEvent.class);
        verify(pages.audit).record(event.capture());
        assertEquals("TEAM_PHOTOS_DOWNLOADED", event.getValue().action());
        assertEquals("order:42", event.getValue().subject());
        assertEquals("olga", event.getValue().actor());
        assertEquals("252 photos in original,profile", event.getValue().detail());
        assertEquals(Optional.of(ACME), event.getValue().organisation());
    }

    @Test
    void preparingASelectionCountsAndAuditsOnlyThoseMembers() {
        seat("A", "Ann", "ann", 1);
        seat("A", "Ben", "ben", 2);
        seat("B", "Cy", "cy", 0);

        TeamPhotoPages.Summary summary = pages.prepare(
                ACME,
                42,
                Set.of(new Username("ben"), new Username("cy")),
                PhotoSizes.parse("1024"),
                new Username("olga"));

        assertEquals(1, summary.photos());
        ArgumentCaptor<AuditEvent> event = ArgumentCaptor.forClass(AuditEvent.class);
        verify(pages.audit).record(event.capture());
        assertEquals("1 photo in 1024 of 2 selected members", event.getValue().detail());
    }

    @Test
    void anotherOrganisationsOrderIsNotFoundAndNotAudited() {
        seat("A", "Ann", "ann", 1);
        Organisation other = new Organisation("other.example");

        assertThrows(
                OrderNotFoundException.class,
                () -> pages.prepare(other, 42, Set.of(), PhotoSizes.parse("1024"), new Username("olga")));
        assertThrows(OrderNotFoundException.class, () -> pages.page(other, 42, Set.of(), 0, 200));
        verify(pages.audit, never()).record(any());
    }

    @Test
    void anImageIsRenderedOnlyForAHeadshotOfTheOrganisation() {
        Headshot ours = mock(Headshot.class);
        when(ours.organisation()).thenReturn(ACME);
        Headshot theirs = mock(Headshot.class);
        when(theirs.organisation()).thenReturn(new Organisation("other.example"));
        when(pages.headshots.find(1)).thenReturn(Optional.of(ours));
        when(pages.headshots.find(2)).thenReturn(Optional.of(theirs));
        when(pages.headshots.find(3)).thenReturn(Optional.empty());
        when(pages.images.render(ours, ImageSize.LARGE)).thenReturn(new byte[] {1, 2, 3});

        assertArrayEquals(new byte[] {1, 2, 3}, pages.image(ACME, 42, 1, ImageSize.LARGE));
        assertThrows(HeadshotNotFoundException.class, () -> pages.image(ACME, 42, 2, ImageSize.LARGE));
        assertThrows(HeadshotNotFoundException.class, () -> pages.image(ACME, 42, 3, ImageSize.LARGE));
        verify(pages.images, never()).render(theirs, ImageSize.LARGE);
    }
}
