package id.fleksi.organisation;

import org.springframework.data.repository.Repository;

import java.util.Optional;

interface Units extends Repository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    boolean existsByCode(String code);

    Unit save(Unit unit);

    Unit saveAndFlush(Unit unit);
}
