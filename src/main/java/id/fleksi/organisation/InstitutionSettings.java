package id.fleksi.organisation;

import id.fleksi.audit.AuditTrail;
import id.fleksi.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The institution's letterhead and signatory, kept by the PPK and HR: read by every printed report through
 * {@link Organisation#institution()}, changed here with the audit trail's before and after.
 */
@Service
class InstitutionSettings {

    static final String CHANGED = "INSTITUTION_UPDATED";

    static final int MAX_NAME = 200;
    static final int MAX_SHORT_NAME = 40;
    static final int MAX_ADDRESS = 300;
    static final int MAX_CONTACT = 200;
    static final int MAX_PLACE = 60;
    static final int MAX_PERSON = 120;

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    InstitutionSettings(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    InstitutionProfile profile() {
        return read(jdbc);
    }

    static InstitutionProfile read(JdbcClient jdbc) {
        return jdbc.sql("""
                        select name, short_name, address, contact, signing_place, signatory_name, signatory_title,
                               signatory_nip, version
                        from institution""")
                .query((rs, n) -> new InstitutionProfile(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getLong(9)))
                .optional().orElse(new InstitutionProfile("", "", "", "", "", "", "", "", 0));
    }

    /**
     * Saves the settings as the form sent them, each text stripped; the NIP may be written with spaces
     * ("19800313 201501 1 001"). Refused field by field when something is missing or too long, and as a
     * conflict when someone saved since {@code version} was read.
     */
    @Transactional
    InstitutionProfile update(Actor actor, Input input, long version) {
        Input clean = input.stripped();
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "name", clean.name(), MAX_NAME);
        required(problems, "shortName", clean.shortName(), MAX_SHORT_NAME);
        optional(problems, "address", clean.address(), MAX_ADDRESS);
        optional(problems, "contact", clean.contact(), MAX_CONTACT);
        optional(problems, "place", clean.place(), MAX_PLACE);
        optional(problems, "signatoryName", clean.signatoryName(), MAX_PERSON);
        optional(problems, "signatoryTitle", clean.signatoryTitle(), MAX_PERSON);
        if (clean.signatoryName().isEmpty() != clean.signatoryTitle().isEmpty()) {
            problems.add(FieldProblem.of(clean.signatoryName().isEmpty() ? "signatoryName" : "signatoryTitle",
                    "org.institution.error.signatoryPair"));
        }
        if (!clean.signatoryNip().matches("[0-9]*")) {
            problems.add(FieldProblem.of("signatoryNip", "org.institution.error.nipDigits"));
        } else if (!clean.signatoryNip().isEmpty() && clean.signatoryNip().length() != 18) {
            problems.add(FieldProblem.of("signatoryNip", "org.institution.error.nip",
                    String.valueOf(clean.signatoryNip().length())));
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        InstitutionProfile before = read(jdbc);
        int updated = jdbc.sql("""
                        update institution set name = :name, short_name = :shortName, address = :address,
                               contact = :contact, signing_place = :place, signatory_name = :signatoryName,
                               signatory_title = :signatoryTitle, signatory_nip = :signatoryNip, version = version + 1
                        where version = :version""")
                .param("name", clean.name()).param("shortName", clean.shortName())
                .param("address", clean.address()).param("contact", clean.contact()).param("place", clean.place())
                .param("signatoryName", clean.signatoryName()).param("signatoryTitle", clean.signatoryTitle())
                .param("signatoryNip", clean.signatoryNip())
                .param("version", version)
                .update();
        if (updated == 0) {
            throw Refusal.conflict("institution", "org.institution.error.changed");
        }
        InstitutionProfile after = read(jdbc);
        audit.record(actor, CHANGED, "INSTITUTION", "institution", state(before), state(after));
        return after;
    }

    private static Map<String, Object> state(InstitutionProfile profile) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", profile.name());
        state.put("shortName", profile.shortName());
        state.put("address", profile.address());
        state.put("contact", profile.contact());
        state.put("place", profile.place());
        state.put("signatoryName", profile.signatoryName());
        state.put("signatoryTitle", profile.signatoryTitle());
        state.put("signatoryNip", profile.signatoryNip());
        return state;
    }

    private static void required(List<FieldProblem> problems, String field, String value, int max) {
        if (value.isEmpty()) {
            problems.add(FieldProblem.of(field, "org.institution.error.required"));
        } else {
            optional(problems, field, value, max);
        }
    }

    private static void optional(List<FieldProblem> problems, String field, String value, int max) {
        if (value.length() > max) {
            problems.add(FieldProblem.of(field, "org.institution.error.tooLong", String.valueOf(max)));
        } else if (value.chars().anyMatch(c -> Character.isISOControl(c))) {
            problems.add(FieldProblem.of(field, "org.institution.error.control"));
        }
    }

    /** The settings as a form sends them; null is empty. */
    record Input(String name, String shortName, String address, String contact, String place, String signatoryName,
                 String signatoryTitle, String signatoryNip) {

        Input stripped() {
            return new Input(strip(name), strip(shortName), strip(address), strip(contact), strip(place),
                    strip(signatoryName), strip(signatoryTitle), signatoryNip == null ? ""
                    : signatoryNip.replaceAll("[\\s.\\-]", ""));
        }

        private static String strip(String text) {
            return text == null ? "" : text.strip();
        }
    }
}
