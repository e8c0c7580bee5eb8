package id.fleksi.organisation;

import id.fleksi.shared.Actor;
import id.fleksi.shared.web.PageController;
import id.fleksi.shared.web.Paged;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/** The unit pages: the hierarchy, a unit with its histories, and HR's forms to create, edit, move and appoint. */
@PageController
class UnitPages {

    static final String VIEW_LIST = "organisation/units";
    static final int UNITS_PER_PAGE = 50;
    static final String VIEW_NEW = "organisation/unit-new";
    static final String VIEW_UNIT = "organisation/unit";

    private final UnitAdministration units;
    private final ActingHeads actingHeads;
    private final Organisation organisation;

    UnitPages(UnitAdministration units, ActingHeads actingHeads, Organisation organisation) {
        this.units = units;
        this.actingHeads = actingHeads;
        this.organisation = organisation;
    }

    @InitBinder("unitForm")
    void unitFields(WebDataBinder binder) {
        binder.setAllowedFields("code", "name", "parentCode", "timeZone", "headNip");
    }

    @InitBinder("editForm")
    void editFields(WebDataBinder binder) {
        binder.setAllowedFields("name", "parentCode", "timeZone", "version");
    }

    @InitBinder("headForm")
    void headFields(WebDataBinder binder) {
        binder.setAllowedFields("nip");
    }

    /** Pages of 50 units in the order of the hierarchy, searched by code or name. */
    @GetMapping("/unit")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
                @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("units", units.units(actor, q, Paged.page(page), UNITS_PER_PAGE));
        model.addAttribute("q", q == null ? "" : q);
        return VIEW_LIST;
    }

    /**
     * Units of the person's scope whose code begins with, or whose name contains, what they type into a unit field
     * (the filters and forms of an institution with too many units to list).
     */
    @GetMapping(value = "/unit/saran", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<UnitRef> suggestions(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q) {
        return organisation.unitSuggestions(organisation.scopeOf(actor), q);
    }

    @GetMapping("/unit/baru")
    String newUnit(@AuthenticationPrincipal Actor actor, Model model) {
        return showNew(actor, new UnitForm(null, null, null, UnitZone.WIB.zoneId(), null), model);
    }

    @PostMapping("/unit")
    String create(@AuthenticationPrincipal Actor actor, @ModelAttribute("unitForm") UnitForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            UnitDetails created = units.create(actor, new UnitAdministration.NewUnit(form.code(), form.name(),
                    form.parentCode(), form.timeZone(), form.headNip()));
            redirect.addFlashAttribute("successKey", "org.unit.created");
            return "redirect:/unit/" + created.code();
        } catch (Refusal refusal) {
            Forms.reject(errors, refusal);
            return showNew(actor, form, model);
        }
    }

    @GetMapping("/unit/{code}")
    String show(@AuthenticationPrincipal Actor actor, @PathVariable String code, Model model) {
        UnitDetails unit = find(actor, code);
        return showUnit(actor, unit, new EditForm(unit.name(), unit.parentCode(), unit.timeZone(),
                String.valueOf(unit.version())),
                new HeadForm(null), model);
    }

    @PostMapping("/unit/{code}")
    String update(@AuthenticationPrincipal Actor actor, @PathVariable String code,
                  @ModelAttribute("editForm") EditForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        try {
            UnitDetails unit = units.update(actor, code, new UnitAdministration.UnitChange(form.name(),
                    form.parentCode(), form.timeZone(), Forms.version(form.version())));
            redirect.addFlashAttribute("successKey", "org.unit.updated");
            return "redirect:/unit/" + unit.code();
        } catch (Refusal refusal) {
            Forms.reject(errors, refusal);
        } catch (ObjectOptimisticLockingFailureException stale) {
            errors.reject("org.error.stale");
        }
        return showUnit(actor, find(actor, code), form, new HeadForm(null), model);
    }

    @PostMapping("/unit/{code}/pimpinan")
    String appointHead(@AuthenticationPrincipal Actor actor, @PathVariable String code,
                       @ModelAttribute("headForm") HeadForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        try {
            UnitDetails unit = units.appointHead(actor, code, form.nip());
            redirect.addFlashAttribute("successKey", "org.unit.headChanged");
            return "redirect:/unit/" + unit.code();
        } catch (Refusal refusal) {
            Forms.reject(errors, refusal);
        }
        UnitDetails unit = find(actor, code);
        return showUnit(actor, unit, new EditForm(unit.name(), unit.parentCode(), unit.timeZone(),
                String.valueOf(unit.version())),
                form, model);
    }

    private UnitDetails find(Actor actor, String code) {
        return units.unit(actor, code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String showNew(Actor actor, UnitForm form, Model model) {
        model.addAttribute("unitForm", form);
        model.addAttribute("parents", units.units(actor));
        model.addAttribute("zones", UnitZone.values());
        return VIEW_NEW;
    }

    private String showUnit(Actor actor, UnitDetails unit, EditForm editForm, HeadForm headForm, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("actingHeads", actingHeads.of(actor, unit.code()).current());
        model.addAttribute("editForm", editForm);
        model.addAttribute("headForm", headForm);
        if (actor.isHr()) {
            List<UnitSummary> parents = units.units(actor).stream()
                    .filter(other -> !other.code().equals(unit.code())).toList();
            model.addAttribute("parents", parents);
            model.addAttribute("zones", UnitZone.values());
        }
        return VIEW_UNIT;
    }

    record UnitForm(String code, String name, String parentCode, String timeZone, String headNip) {
    }

    record EditForm(String name, String parentCode, String timeZone, String version) {
    }

    record HeadForm(String nip) {
    }
}
