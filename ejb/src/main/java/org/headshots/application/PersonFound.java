package org.headshots.application;

/** A member of the organisation as a search of the directory found them. */
public record PersonFound(String username, String displayName, String email) {}
