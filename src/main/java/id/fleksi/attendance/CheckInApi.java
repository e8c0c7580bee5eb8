package id.fleksi.attendance;

import com.fasterxml.jackson.annotation.JsonFormat;
import id.fleksi.shared.Actor;
import id.fleksi.shared.web.ApiController;
import id.fleksi.shared.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The employee's own check-in and check-out in Fleksi, when the PPK has switched it on: {@code POST
 * /api/attendance/me} with {@code {action: "CHECK_IN"|"CHECK_OUT", where?, latitude?, longitude?}} answers 200 with
 * the day's record; 409 when check-in in Fleksi is off or a check-out comes before the check-in. {@code GET
 * /api/attendance/me} answers today's record, or 404 before the check-in.
 */
@ApiController("/api/attendance/me")
class CheckInApi {

    private final CheckIns checkIns;

    CheckInApi(CheckIns checkIns) {
        this.checkIns = checkIns;
    }

    /**
     * What the employee does: check in (with the place: KANTOR, RUMAH, LOKASI_LAIN or DINAS_LUAR) or check out;
     * the device's position only when the PPK has switched it on, rounded to 2 decimals before it is kept.
     */
    record Action(String action, String where, BigDecimal latitude, BigDecimal longitude) {
    }

    /** The day's record of the source FLEKSI; the times in the zone of the employee's unit. */
    record Answer(LocalDate date, String source, @JsonFormat(pattern = "HH:mm") LocalTime checkIn,
                  @JsonFormat(pattern = "HH:mm") LocalTime checkOut, String where, String officeUnitCode,
                  String timeZone) {

        static Answer of(CheckIns.Today today) {
            return new Answer(today.date(), CheckIns.SOURCE, today.checkIn(), today.checkOut(), today.where(),
                    today.officeUnitCode(), today.timeZone());
        }
    }

    @GetMapping
    Answer today(@AuthenticationPrincipal Actor actor) {
        return checkIns.today(actor).map(Answer::of)
                .orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND, "attendance.checkin.problem.none"));
    }

    @PostMapping
    Answer act(@AuthenticationPrincipal Actor actor, @RequestBody(required = false) Action action) {
        String what = action == null || action.action() == null ? "" : action.action().strip();
        String latitude = action == null || action.latitude() == null ? null : action.latitude().toPlainString();
        String longitude = action == null || action.longitude() == null ? null : action.longitude().toPlainString();
        CheckIns.Today today = switch (what) {
            case "CHECK_IN" -> checkIns.checkIn(actor, action.where(), latitude, longitude);
            case "CHECK_OUT" -> checkIns.checkOut(actor, latitude, longitude);
            default -> throw ApiProblem.field("action", "attendance.checkin.error.action");
        };
        return Answer.of(today);
    }
}
