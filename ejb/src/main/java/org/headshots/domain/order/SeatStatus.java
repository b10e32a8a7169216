package org.headshots.domain.order;

/** Where one person stands in an order. Later stages follow the data flow of DESIGN.md. */
public enum SeatStatus {
    INVITED
}
