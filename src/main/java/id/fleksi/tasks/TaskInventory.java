package id.fleksi.tasks;

import id.fleksi.rules.TaskCriteria;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The task inventory as other modules read it: the criteria of the tasks an employee holds, for the
 * eligibility rules of Pasal 13 ayat (2) huruf a, 23 and 24. No scope check here: the caller decides whose
 * tasks it may read.
 */
@Service
@Transactional(readOnly = true)
public class TaskInventory {

    private final TaskQueries queries;

    TaskInventory(TaskQueries queries) {
        this.queries = queries;
    }

    /** The tasks the employee holds, each with its criteria, ordered by code; empty when none. */
    public List<HeldTask> heldBy(long employeeId) {
        return queries.heldBy(employeeId);
    }

    /** A task an employee holds. */
    public record HeldTask(String code, String name, TaskCriteria criteria) {
    }
}
