package org.headshots.application;

import org.headshots.domain.people.Organisation;

/** An order, named by its organisation and id. */
public record OrderRef(Organisation organisation, long id) {}
