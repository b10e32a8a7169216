package org.headshots.domain.order;

/** Where one person stands in an order. Later stages follow the data flow of docs/ARCHITECTURE.md. */
public enum SeatStatus {
    /** Invited; not enough accepted selfies yet. */
    INVITED,
    /** Enough accepted, consistent selfies: ready for the identity build. */
    READY
}
