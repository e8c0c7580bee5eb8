package id.fleksi.organisation;

import id.fleksi.organisation.PersonnelHistory.CircumstanceEntry;
import id.fleksi.organisation.PersonnelHistory.CriterionEntry;
import id.fleksi.organisation.PersonnelHistory.DisciplineEntry;
import id.fleksi.organisation.PersonnelHistory.PredicateEntry;
import id.fleksi.shared.Actor;
import id.fleksi.shared.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import java.net.URI;
import java.util.List;

/**
 * The personnel records of an employee over the JSON API: HR records discipline, special circumstances,
 * performance predicates and additional criteria; the employee declares their own infrastructure; the
 * employee, the PPK, HR and the heads of their unit read them.
 */
@ApiController("/api/employees/{nip}")
class PersonnelRecordsApi {

    private final PersonnelRecords records;

    PersonnelRecordsApi(PersonnelRecords records) {
        this.records = records;
    }

    @GetMapping("/records")
    PersonnelHistory records(@AuthenticationPrincipal Actor actor, @PathVariable String nip) {
        return records.history(actor, nip);
    }

    /** Pasal 25 ayat (1) huruf a. */
    @PostMapping("/discipline")
    ResponseEntity<DisciplineEntry> recordDiscipline(@AuthenticationPrincipal Actor actor, @PathVariable String nip,
                                                     @RequestBody DisciplineBody body) {
        DisciplineEntry created = records.recordDiscipline(actor, nip, body.input());
        return ResponseEntity.created(URI.create("/api/employees/" + nip + "/discipline/" + created.id()))
                .body(created);
    }

    /** Ends or corrects a disciplinary record; with {@code version}, refuses to overwrite a newer change. */
    @PutMapping("/discipline/{id}")
    DisciplineEntry updateDiscipline(@AuthenticationPrincipal Actor actor, @PathVariable String nip,
                                     @PathVariable long id, @RequestBody DisciplineBody body) {
        return records.updateDiscipline(actor, nip, id, body.input());
    }

    /** Pasal 10, 13 ayat (2) huruf b. */
    @PostMapping("/special-circumstances")
    ResponseEntity<CircumstanceEntry> recordSpecialCircumstance(@AuthenticationPrincipal Actor actor,
                                                                @PathVariable String nip,
                                                                @RequestBody CircumstanceBody body) {
        CircumstanceEntry created = records.recordSpecialCircumstance(actor, nip,
                new PersonnelInput.Circumstance(body.reason(), body.from(), body.to(), body.approvedBy()));
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }

    /** Pasal 8 ayat (2)–(3): one predicate per year; the same year again replaces it. */
    @PutMapping("/performance")
    PredicateEntry recordPerformance(@AuthenticationPrincipal Actor actor, @PathVariable String nip,
                                     @RequestBody PerformanceBody body) {
        return records.recordPerformance(actor, nip,
                new PersonnelInput.Performance(PersonnelInput.of(body.year()), body.predikat()));
    }

    /** Pasal 16: only the employee whose NIP it is declares their infrastructure. */
    @PutMapping("/infrastructure")
    ResponseEntity<Void> declareInfrastructure(@AuthenticationPrincipal Actor actor, @PathVariable String nip,
                                               @RequestBody InfrastructureBody body) {
        records.declareInfrastructure(actor, nip,
                new PersonnelInput.Infrastructure(PersonnelInput.of(body.ready()), body.note(), body.items()));
        return ResponseEntity.noContent().build();
    }

    /** Pasal 26: whether the employee meets an additional criterion of the PPK. */
    @PutMapping("/additional-criteria/{code}")
    CriterionEntry recordAdditionalCriterion(@AuthenticationPrincipal Actor actor, @PathVariable String nip,
                                             @PathVariable String code, @RequestBody CriterionBody body) {
        return records.recordAdditionalCriterion(actor, nip,
                new PersonnelInput.Criterion(code, PersonnelInput.of(body.met()), body.note()));
    }

    /** Dates are ISO text, checked by the service so that a wrong one is named in {@code errors}. */
    record DisciplineBody(String from, String to, String status, String note, Long version) {

        PersonnelInput.Discipline input() {
            return new PersonnelInput.Discipline(from, to, status, note, version);
        }
    }

    record CircumstanceBody(String reason, String from, String to, String approvedBy) {
    }

    record PerformanceBody(Integer year, String predikat) {
    }

    /** {@code items}: the work infrastructure ready (PERANGKAT, INTERNET, APLIKASI); left out, it stays as declared. */
    record InfrastructureBody(Boolean ready, String note, List<String> items) {
    }

    record CriterionBody(Boolean met, String note) {
    }
}
