package org.headshots.domain.people;

import java.util.List;

/**
 * The organisations' departments, sub-teams and members, read live from the identity provider, where each
 * organisation's admins decide them.
 */
public interface DepartmentDirectory {

    /**
     * The departments and their sub-teams, at every depth, by name.
     *
     * @throws UnknownOrganisationException when the identity provider has no such organisation
     * @throws DirectoryUnavailableException when the identity provider cannot be asked
     */
    List<Department> departments(Organisation organisation);

    /**
     * The members of a department or sub-team, those of its sub-teams included, each once.
     *
     * @throws UnknownDepartmentException when the organisation has no such department
     * @throws DirectoryUnavailableException when the identity provider cannot be asked
     */
    List<Employee> membersOf(Organisation organisation, Department department);

    /** The departments and sub-teams a member of the organisation belongs to. */
    List<Department> departmentsOf(Organisation organisation, Username member);

    /**
     * The members of the organisation among these usernames, each with the first department or sub-team they
     * are in (none when they are in none); people who are not members, or are disabled, are left out.
     *
     * @throws DirectoryUnavailableException when the identity provider cannot be asked
     */
    List<Employee> people(Organisation organisation, java.util.Collection<Username> usernames);

    /**
     * Up to {@code max} members of the organisation whose username, name or e-mail address contains the text.
     *
     * @throws DirectoryUnavailableException when the identity provider cannot be asked
     */
    List<Employee> search(Organisation organisation, String text, int max);
}
