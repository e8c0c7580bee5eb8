package id.fleksi.policy;

import id.fleksi.shared.Actor;
import id.fleksi.shared.web.ApiController;
import id.fleksi.shared.web.Languages;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The holiday calendar of a year through the API: the PPK and HR replace it, everyone signed in reads it. */
@ApiController("/api/holidays")
class HolidayApi {

    private final Holidays holidays;
    private final MessageSource messages;

    HolidayApi(Holidays holidays, MessageSource messages) {
        this.holidays = holidays;
        this.messages = messages;
    }

    @GetMapping("/{year}")
    List<Holiday> year(@PathVariable int year) {
        Holidays.checkYear(year);
        return holidays.ofYear(year);
    }

    /** Replaces the year's list; 400 with a message per entry when one is wrong, and then nothing changes. */
    @PutMapping("/{year}")
    List<Holiday> replace(@AuthenticationPrincipal Actor actor, @PathVariable int year,
                          @RequestBody List<Holiday> body) {
        return holidays.replaceYear(actor, year, body);
    }

    @ExceptionHandler(HolidaysRefused.class)
    ResponseEntity<ProblemDetail> refused(HolidaysRefused refused, HttpServletRequest request) {
        Locale locale = Languages.of(request);
        Map<String, String> errors = FieldProblems.empty();
        refused.problems().forEach(p -> FieldProblems.collect(errors, p.field(), p.message(messages, locale)));
        return FieldProblems.answer(messages, locale, HttpStatus.BAD_REQUEST,
                messages.getMessage("holiday.problem.refused", null, locale), errors);
    }
}
