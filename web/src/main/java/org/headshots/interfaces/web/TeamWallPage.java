package org.headshots.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.headshots.application.MemberPage;
import org.headshots.application.MemberRow;
import org.headshots.application.MemberService;
import org.headshots.application.OrderNotFoundException;
import org.headshots.application.OrderService;
import org.headshots.application.OrderSummary;
import org.headshots.domain.order.MemberQuery;
import org.headshots.domain.order.MemberState;
import org.headshots.interfaces.security.CurrentUser;

/** Every chosen favourite of an order side by side, the same size, to judge whether the team looks as one. */
@Named
@RequestScoped
public class TeamWallPage {

    @Inject
    OrderService orders;

    @Inject
    MemberService members;

    @Inject
    CurrentUser user;

    private long id;
    private OrderSummary order;
    private final List<MemberRow> chosen = new ArrayList<>();

    public void load() throws IOException {
        if (id <= 0) {
            NotFound.answer("order");
            return;
        }
        try {
            order = orders.order(user.organisation(), id);
        } catch (OrderNotFoundException | jakarta.ejb.EJBException e) {
            NotFound.answer("order");
            return;
        }
        for (int first = 0; ; first += MemberQuery.MAX_PAGE) {
            MemberPage page = members.members(
                    user.organisation(),
                    id,
                    new MemberQuery(
                            null,
                            Set.of(MemberState.CHOSEN),
                            MemberQuery.Sort.DEPARTMENT,
                            true,
                            first,
                            MemberQuery.MAX_PAGE));
            page.rows().stream().filter(row -> row.favouriteId() != null).forEach(chosen::add);
            if (page.rows().size() < MemberQuery.MAX_PAGE) {
                return;
            }
        }
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public OrderSummary getOrder() {
        return order;
    }

    public List<MemberRow> getChosen() {
        return chosen;
    }
}
