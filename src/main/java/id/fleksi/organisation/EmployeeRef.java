package id.fleksi.organisation;

/** An employee as a list names them. */
public record EmployeeRef(String nip, String name) {
}
