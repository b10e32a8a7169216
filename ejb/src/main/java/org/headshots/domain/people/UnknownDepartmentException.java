package org.headshots.domain.people;

public class UnknownDepartmentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownDepartmentException(Department department) {
        super("There is no department named '" + department.name() + "' in the organisation's directory");
    }
}
