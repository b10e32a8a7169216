package org.headshots.domain.people;

import java.util.List;

/** The organisation's departments and their members, read live from the identity provider. */
public interface DepartmentDirectory {

    List<Department> departments();

    /**
     * @throws UnknownDepartmentException when the identity provider has no such department
     * @throws DirectoryUnavailableException when the identity provider cannot be asked
     */
    List<Employee> membersOf(Department department);
}
