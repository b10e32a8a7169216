package org.headshots.application.gallery;

/** The headshot a person chose for their seat in an order. */
public record FavouriteView(long headshotId, long orderId) {}
