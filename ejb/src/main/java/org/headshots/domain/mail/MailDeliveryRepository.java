package org.headshots.domain.mail;

import java.util.List;
import org.headshots.domain.order.OrderId;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;

public interface MailDeliveryRepository {

    MailDelivery store(MailDelivery delivery);

    java.util.Optional<MailDelivery> find(long id);

    /** The oldest queued mails, at most {@code limit}. */
    List<MailDelivery> queued(int limit);

    /** The mails of one of the organisation's orders, newest first. */
    List<MailDelivery> ofOrder(Organisation organisation, OrderId order);

    /** Whether the order's reminders due that many days before its deadline were queued already. */
    boolean remindedDaysBefore(OrderId order, int daysBefore);

    /** The mails to the person, oldest first. */
    List<MailDelivery> to(Username person);

    void remove(MailDelivery delivery);
}
