package id.fleksi.eligibility;

import id.fleksi.rules.EmployeeFacts;

/**
 * An employee as the directory holds them (their id, whether they are active, their unit) with the facts the rules
 * read of them, read together in one statement.
 */
public record EmployeeOnRecord(long employeeId, boolean active, long unitId, EmployeeFacts facts) {

    /** The code of the employee's own unit: the first of the path of units the facts hold. */
    public String unitCode() {
        return facts.unitPath().get(0);
    }
}
