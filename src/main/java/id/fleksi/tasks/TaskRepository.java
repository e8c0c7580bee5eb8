package id.fleksi.tasks;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

/** The tasks of the inventory, for changes; lists and pages are read with SQL in {@link TaskQueries}. */
interface TaskRepository extends JpaRepository<Task, Long> {

    Optional<Task> findByCode(String code);

    boolean existsByCode(String code);
}
