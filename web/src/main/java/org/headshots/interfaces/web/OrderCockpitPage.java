package org.headshots.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.headshots.application.MemberNotFoundException;
import org.headshots.application.MemberPage;
import org.headshots.application.MemberRow;
import org.headshots.application.MemberService;
import org.headshots.application.OrderNotFoundException;
import org.headshots.application.OrderService;
import org.headshots.application.OrderSummary;
import org.headshots.application.erasure.PersonalDataErasure;
import org.headshots.application.join.JoinLinkNotFoundException;
import org.headshots.application.join.JoinLinkView;
import org.headshots.application.join.JoinLinks;
import org.headshots.domain.order.InvalidOrderException;
import org.headshots.domain.order.MemberQuery;
import org.headshots.domain.order.MemberState;
import org.headshots.domain.order.OrderStateException;
import org.headshots.domain.people.Department;
import org.headshots.domain.people.DirectoryUnavailableException;
import org.headshots.domain.people.NewMember;
import org.headshots.domain.people.PersonElsewhereException;
import org.headshots.domain.people.UnknownDepartmentException;
import org.headshots.domain.people.UnknownPersonException;
import org.headshots.domain.people.Username;
import org.headshots.domain.refusal.InvalidValueException;
import org.headshots.interfaces.security.CurrentUser;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The org admin's cockpit of one order: how many people are at each step, and the members, thousands of them
 * paged in the database, searched, sorted, filtered by state and acted on one by one or together.
 */
@Named
@ViewScoped
public class OrderCockpitPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderService orders;

    @Inject
    MemberService members;

    @Inject
    CurrentUser user;

    @Inject
    PersonalDataErasure erasure;

    private long id;
    private OrderSummary order;
    private Map<String, Long> counts = Map.of();
    private long total;
    private String search;
    private String state;
    private List<MemberRow> selected = new ArrayList<>();
    private final LazyDataModel<MemberRow> model = new Members();
    private List<String> departments = List.of();
    private List<String> picked = new ArrayList<>();
    private String newEmail;
    private String newFirstName;
    private String newLastName;
    private String newDepartment;
    private List<JoinLinkView> joinLinks = List.of();
    private int linkDays = 14;
    private int linkUses = 50;

    @Inject
    JoinLinks links;

    /** Reads the order of ?id= of the admin's organisation; another's answers 404, as one that does not exist. */
    public void load() throws java.io.IOException {
        if (id <= 0) {
            NotFound.answer("order");
            return;
        }
        try {
            order = orders.order(user.organisation(), id);
            refreshCounts();
            departments = orders.departments(user.organisation());
            joinLinks = links.of(user.organisation(), id);
        } catch (OrderNotFoundException | jakarta.ejb.EJBException e) {
            NotFound.answer("order");
        }
    }

    public void refreshCounts() {
        MemberPage page = members.members(user.organisation(), id, new MemberQuery(null, Set.of(), null, true, 0, 1));
        counts = page.states();
        total = page.total();
    }

    public void remind(String username) {
        act(
                "Reminder queued",
                () -> orders.remind(user.organisation(), id, List.of(new Username(username)), user.username())
                        + " reminder on its way to " + username);
    }

    public void remindEveryoneNotFinished() {
        act(
                "Reminders queued",
                () -> orders.remind(user.organisation(), id, List.of(), user.username())
                        + " people who have not finished are reminded");
    }

    public void remindSelected() {
        List<Username> people =
                selected.stream().map(row -> new Username(row.username())).toList();
        if (people.isEmpty()) {
            Messages.error("Nobody selected", "Tick the people to remind first");
            return;
        }
        act(
                "Reminders queued",
                () -> orders.remind(user.organisation(), id, people, user.username())
                        + " selected people are reminded");
    }

    public void grantRemake(String username) {
        act(
                "Remake granted",
                () -> username + " may now ask for "
                        + members.grantRemake(user.organisation(), id, username, user.username())
                                .remakesAllowed() + " remakes");
    }

    public void toggleHandled(String username, boolean handled) {
        act(
                handled ? "Marked as handled" : "Mark taken away",
                () -> members.markHandled(user.organisation(), id, username, handled, user.username())
                        .name());
    }

    public void markSelectedHandled() {
        act("Marked as handled", () -> {
            selected.forEach(
                    row -> members.markHandled(user.organisation(), id, row.username(), true, user.username()));
            return selected.size() + " people";
        });
    }

    public void remove(String username) {
        act("Removed from the order", () -> {
            members.remove(user.organisation(), id, username, user.username());
            return username + " is no longer in the order; the headshots made for it are deleted";
        });
    }

    public void erase(String username) {
        act("Data erased", () -> {
            erasure.eraseMember(user.organisation(), id, username, user.username());
            return username + " is out of your organisation's orders and all their data is deleted";
        });
    }

    /** Adds the people picked by name: each gets a seat, and an invitation when the order is open. */
    public void addPicked() {
        List<Username> people = picked.stream().map(Username::new).toList();
        act("People added", () -> {
            List<String> added = orders.addPeople(user.organisation(), id, people, List.of(), user.username());
            picked = new ArrayList<>();
            return added.isEmpty() ? "They were in the order already" : String.join(", ", added) + " added";
        });
    }

    /** Adds a person who is not in the directory yet: Keycloak makes their account and mails them. */
    public void addNew() {
        act("Person added", () -> {
            NewMember person = new NewMember(
                    newEmail,
                    newFirstName,
                    newLastName,
                    newDepartment == null || newDepartment.isBlank()
                            ? Optional.empty()
                            : Optional.of(new Department(newDepartment)));
            List<String> added = orders.addPeople(user.organisation(), id, List.of(), List.of(person), user.username());
            newEmail = null;
            newFirstName = null;
            newLastName = null;
            return added.isEmpty()
                    ? person.email() + " was in the order already"
                    : person.email() + " has a seat; Keycloak mailed them how to set a password";
        });
    }

    /** A new link to share: people of the organisation's e-mail domains join the order with it. */
    public void makeJoinLink() {
        act("Join link made", () -> {
            JoinLinkView link = links.create(
                    user.organisation(), id, java.time.Duration.ofDays(linkDays), linkUses, user.username());
            joinLinks = links.of(user.organisation(), id);
            return "It works for " + link.maxUses() + " people until "
                    + link.expiresAt().toLocalDate();
        });
    }

    public void revokeJoinLink(long linkId) {
        act("Join link switched off", () -> {
            links.revoke(user.organisation(), id, linkId, user.username());
            joinLinks = links.of(user.organisation(), id);
            return "Nobody can join with it any more";
        });
    }

    private void act(String done, Supplier<String> action) {
        try {
            Messages.info(done, action.get());
        } catch (OrderStateException
                | InvalidOrderException
                | MemberNotFoundException
                | OrderNotFoundException
                | UnknownPersonException
                | PersonElsewhereException
                | UnknownDepartmentException
                | DirectoryUnavailableException
                | JoinLinkNotFoundException
                | IllegalArgumentException
                | InvalidValueException e) {
            Messages.error("Not done", e.getMessage());
        } catch (jakarta.ejb.EJBException e) {
            Messages.error("Not done", e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
        }
        refreshCounts();
    }

    /** The share of the members at a step, for its bar. */
    public long percent(String stateName) {
        return total == 0 ? 0 : Math.round(100.0 * counts.getOrDefault(stateName, 0L) / total);
    }

    public List<String> getStates() {
        return EnumSet.allOf(MemberState.class).stream().map(Enum::name).toList();
    }

    /** The members, loaded a page at a time with the search, state, sort and page the table asks for. */
    private final class Members extends LazyDataModel<MemberRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) members.members(user.organisation(), id, query(0, 1, Map.of()))
                    .found();
        }

        @Override
        public List<MemberRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            MemberPage page = members.members(user.organisation(), id, query(first, pageSize, sortBy));
            setRowCount((int) page.found());
            return page.rows();
        }

        @Override
        public String getRowKey(MemberRow row) {
            return row.username();
        }

        @Override
        public MemberRow getRowData(String username) {
            return members.member(user.organisation(), id, username);
        }

        private MemberQuery query(int first, int pageSize, Map<String, SortMeta> sortBy) {
            SortMeta sort = sortBy == null || sortBy.isEmpty()
                    ? null
                    : sortBy.values().iterator().next();
            MemberQuery.Sort field = sort == null
                    ? MemberQuery.Sort.NAME
                    : switch (sort.getField()) {
                        case "email" -> MemberQuery.Sort.EMAIL;
                        case "department" -> MemberQuery.Sort.DEPARTMENT;
                        case "state" -> MemberQuery.Sort.STATE;
                        default -> MemberQuery.Sort.NAME;
                    };
            Set<MemberState> states = state == null || state.isBlank() ? Set.of() : Set.of(MemberState.valueOf(state));
            return new MemberQuery(
                    search,
                    states,
                    field,
                    sort == null || sort.getOrder() != SortOrder.DESCENDING,
                    first,
                    Math.max(1, Math.min(pageSize, MemberQuery.MAX_PAGE)));
        }
    }

    public LazyDataModel<MemberRow> getMembers() {
        return model;
    }

    public List<JoinLinkView> getJoinLinks() {
        return joinLinks;
    }

    public int getLinkDays() {
        return linkDays;
    }

    public void setLinkDays(int linkDays) {
        this.linkDays = linkDays;
    }

    public int getLinkUses() {
        return linkUses;
    }

    public void setLinkUses(int linkUses) {
        this.linkUses = linkUses;
    }

    public List<String> getDepartments() {
        return departments;
    }

    public List<String> getPicked() {
        return picked;
    }

    public void setPicked(List<String> picked) {
        this.picked = picked;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getNewFirstName() {
        return newFirstName;
    }

    public void setNewFirstName(String newFirstName) {
        this.newFirstName = newFirstName;
    }

    public String getNewLastName() {
        return newLastName;
    }

    public void setNewLastName(String newLastName) {
        this.newLastName = newLastName;
    }

    public String getNewDepartment() {
        return newDepartment;
    }

    public void setNewDepartment(String newDepartment) {
        this.newDepartment = newDepartment;
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

    public Map<String, Long> getCounts() {
        return counts;
    }

    public long getTotal() {
        return total;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public List<MemberRow> getSelected() {
        return selected;
    }

    public void setSelected(List<MemberRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }
}
