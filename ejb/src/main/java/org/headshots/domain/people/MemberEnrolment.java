package org.headshots.domain.people;

import java.util.List;

/** Adds people who are not in the directory yet to an organisation, in the identity provider. */
public interface MemberEnrolment {

    /**
     * Gives the person an account, membership of the organisation (and of their department), and has the
     * identity provider mail them a link to confirm their address and set a password, which leads to
     * {@code returnTo}. A member of the organisation who has that address already is given as they are.
     *
     * @throws PersonElsewhereException when the address has an account outside the organisation
     * @throws UnknownDepartmentException when the organisation has no such department
     * @throws DirectoryUnavailableException when the identity provider cannot be asked
     */
    Employee enrol(Organisation organisation, NewMember person, String returnTo);

    /** The organisation's e-mail domains, as the identity provider lists them. */
    List<String> domains(Organisation organisation);
}
