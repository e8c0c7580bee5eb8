package id.fleksi.attendance;

import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.web.ApiProblem;
import id.fleksi.shared.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.util.List;

/**
 * The employee's check-in on a phone ({@code /saya/presensi}: today's record, "Masuk" with the place, "Pulang"
 * once checked in) and the PPK's settings of it ({@code /kehadiran/pengaturan}: check-in in Fleksi and the
 * device's position, each on or off).
 */
@PageController
class CheckInPages {

    static final String OWN = "/saya/presensi";
    static final String SETTINGS = "/kehadiran/pengaturan";
    /** The value a switched-on checkbox sends. */
    static final String ON = "on";

    private final CheckIns checkIns;
    private final Clock clock;

    CheckInPages(CheckIns checkIns, Clock clock) {
        this.checkIns = checkIns;
        this.clock = clock;
    }

    /** The check-in's form, every field as text; the position is filled in by the browser when it may. */
    record CheckInForm(String where, String latitude, String longitude) {
    }

    /** The check-out's form. */
    record CheckOutForm(String latitude, String longitude) {
    }

    /** The PPK's switches: {@value #ON} when switched on, nothing when off. */
    record SettingsForm(String checkIn, String recordPosition) {
    }

    @InitBinder("checkInForm")
    void checkInFields(WebDataBinder binder) {
        binder.setAllowedFields("where", "latitude", "longitude");
    }

    @InitBinder("checkOutForm")
    void checkOutFields(WebDataBinder binder) {
        binder.setAllowedFields("latitude", "longitude");
    }

    @InitBinder("settingsForm")
    void settingsFields(WebDataBinder binder) {
        binder.setAllowedFields("checkIn", "recordPosition");
    }

    @GetMapping(OWN)
    String own(@AuthenticationPrincipal Actor actor, Model model) {
        if (actor.employeeId() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        CheckIns.Settings settings = checkIns.settings();
        model.addAttribute("settings", settings);
        model.addAttribute("places", List.of(AttendancePlace.values()));
        model.addAttribute("day", InstitutionTime.today(clock));
        if (settings.checkIn()) {
            model.addAttribute("today", checkIns.today(actor).orElse(null));
        }
        return "attendance/check-in";
    }

    @PostMapping(OWN + "/masuk")
    String checkIn(@AuthenticationPrincipal Actor actor, @ModelAttribute("checkInForm") CheckInForm form,
                   RedirectAttributes redirect) {
        return act(redirect, "attendance.checkin.checkedIn",
                () -> checkIns.checkIn(actor, form.where(), form.latitude(), form.longitude()));
    }

    @PostMapping(OWN + "/pulang")
    String checkOut(@AuthenticationPrincipal Actor actor, @ModelAttribute("checkOutForm") CheckOutForm form,
                    RedirectAttributes redirect) {
        return act(redirect, "attendance.checkin.checkedOut",
                () -> checkIns.checkOut(actor, form.latitude(), form.longitude()));
    }

    private static String act(RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("successKey", done);
        } catch (ApiProblem refused) {
            if (refused.status() == HttpStatus.FORBIDDEN) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            }
            redirect.addFlashAttribute("errorFlashKey", refused.fieldErrors().isEmpty() ? refused.detailKey()
                    : refused.fieldErrors().values().iterator().next());
        }
        return "redirect:" + OWN;
    }

    @GetMapping(SETTINGS)
    String settings(Model model) {
        CheckIns.Settings settings = checkIns.settings();
        model.addAttribute("settings", settings);
        model.addAttribute("changedAt", settings.changedAt() == null ? null
                : settings.changedAt().atZone(InstitutionTime.ZONE));
        return "attendance/settings";
    }

    @PostMapping(SETTINGS)
    String change(@AuthenticationPrincipal Actor actor, @ModelAttribute("settingsForm") SettingsForm form,
                  RedirectAttributes redirect) {
        checkIns.change(actor, switchedOn(form.checkIn()), switchedOn(form.recordPosition()));
        redirect.addFlashAttribute("successKey", "attendance.settings.saved");
        return "redirect:" + SETTINGS;
    }

    /** A checkbox: absent when off, {@value #ON} when on; anything else was not sent by the page. */
    private static boolean switchedOn(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        if (ON.equals(value)) {
            return true;
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
}
