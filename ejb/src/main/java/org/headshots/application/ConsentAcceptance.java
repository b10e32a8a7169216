package org.headshots.application;

/** The outcome of accepting the consent text: where the person stands, and whether this call recorded it. */
public record ConsentAcceptance(ConsentStatus status, boolean recordedNow) {}
