package org.headshots.domain.people;

import java.util.List;
import java.util.stream.Collectors;
import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

public class UnknownDepartmentException extends Refusal {

    private static final long serialVersionUID = 1L;

    public UnknownDepartmentException(Organisation organisation, Department department, List<Department> known) {
        super(
                RefusalKind.UNACCEPTABLE,
                "UNKNOWN_DEPARTMENT",
                "There is no department or sub-team named '" + department.name() + "' in " + organisation.alias()
                        + (known.isEmpty()
                                ? "; its admins add departments as groups of the organisation in Keycloak"
                                : "; choose one of: "
                                        + known.stream().map(Department::name).collect(Collectors.joining(", "))));
    }
}
