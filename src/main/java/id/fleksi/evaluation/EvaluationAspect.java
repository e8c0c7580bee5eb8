package id.fleksi.evaluation;

import java.util.List;

/**
 * The three aspects on which Pasal 35 ayat (3) has the evaluation made, with the regulation's words and the figures
 * of {@link EvaluationFigures} that belong to each.
 */
public enum EvaluationAspect {

    ORGANISATION("a", "capaian kinerja organisasi", List.of("plans", "violations", "coverageBreaches",
            "coverageBreachDays", "serviceIndicators", "perUnit", "unitEvaluations", "unitsWithoutEvaluation")),
    EMPLOYEES("b", "capaian kinerja Pegawai ASN dalam mendukung kinerja Unit Organisasi", List.of("employees",
            "participants", "usage", "locationDaysByEmployee", "locationDaysEmployees", "locationDaysByDay",
            "predicateYear", "predicates", "outputs", "achievements")),
    DISCIPLINE("c", "disiplin Pegawai ASN, sesuai dengan ketentuan peraturan perundang undangan",
            List.of("discipline", "attendanceDiscrepancies"));

    private final String letter;
    private final String text;
    private final List<String> figures;

    EvaluationAspect(String letter, String text, List<String> figures) {
        this.letter = letter;
        this.text = text;
        this.figures = figures;
    }

    public String letter() {
        return letter;
    }

    /** "Pasal 35 ayat (3) huruf a". */
    public String article() {
        return "Pasal 35 ayat (3) huruf " + letter;
    }

    /** The letter's words in the regulation. */
    public String text() {
        return text;
    }

    /** The names of the fields of {@link EvaluationFigures} that belong to the aspect. */
    public List<String> figures() {
        return figures;
    }
}
