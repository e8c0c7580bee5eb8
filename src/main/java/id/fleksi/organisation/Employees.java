package id.fleksi.organisation;

import org.springframework.data.repository.Repository;

import java.util.Optional;

interface Employees extends Repository<Employee, Long> {

    Optional<Employee> findByNip(String nip);

    Employee saveAndFlush(Employee employee);
}
