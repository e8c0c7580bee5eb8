package id.fleksi.organisation;

import java.util.List;

/**
 * Employees were added (one by HR's form or API call, or many by an import), published inside the
 * transaction that adds them: whoever keeps sign-in accounts creates one per employee, with the NIP as
 * username and the initial password, which must be changed at first sign-in.
 */
public record EmployeesRegistered(List<Registration> registrations) {

    public EmployeesRegistered {
        registrations = List.copyOf(registrations);
    }

    /** One new employee and the initial password HR gave them (never stored by the organisation). */
    public record Registration(long employeeId, String nip, String name, String initialPassword) {

        @Override
        public String toString() {
            return "Registration[employeeId=" + employeeId + ", nip=" + nip + ", name=" + name + "]";
        }
    }
}
