package id.fleksi.attendance;

import id.fleksi.shared.Actor;
import id.fleksi.shared.web.ApiController;
import id.fleksi.shared.web.ApiProblem;
import id.fleksi.shared.web.Languages;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Attendance systems and HR send what happened on working days. {@code POST /api/attendance} answers 200 with
 * how many records were stored or changed ({@code accepted}) and how many said what was stored already
 * ({@code unchanged}); with any wrong record, 422 with every wrong record ({@code rejected}: its index from 0 and
 * a message) and nothing stored.
 */
@ApiController("/api/attendance")
class AttendanceApi {

    private final Attendance attendance;
    private final MessageSource messages;

    AttendanceApi(Attendance attendance, MessageSource messages) {
        this.attendance = attendance;
        this.messages = messages;
    }

    /** The answer to a batch taken; {@code rejected} is always empty here (a wrong batch answers 422). */
    record Answer(int accepted, int unchanged, List<Rejected> rejected) {
    }

    record Rejected(int index, String message) {
    }

    @PostMapping
    Answer receive(@AuthenticationPrincipal Actor actor, @RequestBody AttendanceBatch batch,
                   HttpServletRequest request) {
        try {
            Attendance.Received received = attendance.receive(actor, batch);
            return new Answer(received.accepted(), received.unchanged(), List.of());
        } catch (AttendanceRefused refused) {
            throw problem(refused, Languages.of(request));
        }
    }

    private ApiProblem problem(AttendanceRefused refused, Locale locale) {
        List<Rejected> rejected = refused.rejections().stream()
                .map(r -> new Rejected(r.index(), messages.getMessage(r.messageKey(), r.args().toArray(), locale)))
                .toList();
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "attendance.problem.rejected", Map.of(),
                rejected.size(), refused.records())
                .with("accepted", 0).with("unchanged", 0).with("rejected", rejected);
    }
}
