package org.headshots.application.join;

/**
 * What joining by a link did: the address that hears from us, and whether the person had a seat in the order
 * already (then nothing is sent and they only need to sign in).
 */
public record Joined(String email, boolean seatedBefore) {}
