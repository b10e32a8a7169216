package org.headshots.domain.order;

/**
 * Where an order is in its life: a draft the admin is still preparing (nobody sees it), open (people are
 * invited, upload, get their headshots and choose), closed (the favourites are final).
 */
public enum OrderStatus {
    DRAFT,
    OPEN,
    CLOSED
}
