package id.fleksi.planning;

import id.fleksi.organisation.TextLength;
import id.fleksi.shared.Actor;
import id.fleksi.shared.web.PageController;
import id.fleksi.shared.web.Paged;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.security.access.AccessDeniedException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.List;

/**
 * A unit's alternating groups in the browser ({@code /unit/{code}/kelompok}): the groups with their home days over
 * the cycle and the unit's office presence per weekday of each week of it, warned below the PPK's minimum (Pasal
 * 27), for the PPK, HR and the unit's heads; the heads add, change and delete groups (after a confirmation) and put
 * the unit's employees in them (a list paged and searched by name or NIP).
 */
@PageController
class UnitGroupPages {

    static final String VIEW_LIST = "planning/groups";
    static final String VIEW_FORM = "planning/group-form";
    static final String VIEW_DELETE = "planning/group-delete";
    static final String VIEW_MEMBERS = "planning/group-members";
    static final String FORM = "groupForm";
    static final int MEMBERS_PER_PAGE = 25;

    private final UnitGroups groups;

    UnitGroupPages(UnitGroups groups) {
        this.groups = groups;
    }

    @InitBinder(FORM)
    void formFields(WebDataBinder binder) {
        binder.setAllowedFields("name", "cycleWeeks", "week1", "week2", "week3", "week4");
    }

    @GetMapping("/unit/{code}/kelompok")
    String list(@AuthenticationPrincipal Actor actor, @PathVariable String code, Model model) {
        model.addAttribute("overview", groups.overview(actor, code));
        return VIEW_LIST;
    }

    @GetMapping("/unit/{code}/kelompok/baru")
    String newGroup(@AuthenticationPrincipal Actor actor, @PathVariable String code, Model model) {
        GroupForm form = new GroupForm();
        form.setCycleWeeks("2");
        return form(actor, code, null, form, model);
    }

    @PostMapping("/unit/{code}/kelompok")
    String create(@AuthenticationPrincipal Actor actor, @PathVariable String code,
                  @Valid @ModelAttribute(FORM) GroupForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                UnitGroups.Group created = groups.create(actor, code, form.input());
                redirect.addFlashAttribute("successKey", "groups.created");
                return "redirect:/unit/" + created.unitCode() + "/kelompok/" + created.id() + "/anggota";
            } catch (UnitGroups.Refused refused) {
                reject(errors, refused);
            }
        }
        return form(actor, code, null, form, model);
    }

    @GetMapping("/unit/{code}/kelompok/{id}")
    String edit(@AuthenticationPrincipal Actor actor, @PathVariable String code, @PathVariable long id,
                Model model) {
        UnitGroups.Group group = groups.group(actor, code, id);
        return form(actor, code, group, GroupForm.of(group), model);
    }

    @PostMapping("/unit/{code}/kelompok/{id}")
    String update(@AuthenticationPrincipal Actor actor, @PathVariable String code, @PathVariable long id,
                  @Valid @ModelAttribute(FORM) GroupForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        UnitGroups.Group group = groups.group(actor, code, id);
        if (!errors.hasErrors()) {
            try {
                groups.update(actor, code, id, form.input());
                redirect.addFlashAttribute("successKey", "groups.changed");
                return "redirect:/unit/" + group.unitCode() + "/kelompok";
            } catch (UnitGroups.Refused refused) {
                reject(errors, refused);
            }
        }
        return form(actor, code, group, form, model);
    }

    @GetMapping("/unit/{code}/kelompok/{id}/hapus")
    String confirmDelete(@AuthenticationPrincipal Actor actor, @PathVariable String code, @PathVariable long id,
                         Model model) {
        UnitGroups.Overview overview = manageable(groups.overview(actor, code));
        model.addAttribute("unit", overview.unit());
        model.addAttribute("group", groups.group(actor, code, id));
        return VIEW_DELETE;
    }

    @PostMapping("/unit/{code}/kelompok/{id}/hapus")
    String delete(@AuthenticationPrincipal Actor actor, @PathVariable String code, @PathVariable long id,
                  RedirectAttributes redirect) {
        UnitGroups.Group group = groups.group(actor, code, id);
        groups.delete(actor, code, id);
        redirect.addFlashAttribute("successKey", "groups.deleted");
        return "redirect:/unit/" + group.unitCode() + "/kelompok";
    }

    /** The unit's active employees with their group, paged and searched by name or NIP. */
    @GetMapping("/unit/{code}/kelompok/{id}/anggota")
    String members(@AuthenticationPrincipal Actor actor, @PathVariable String code, @PathVariable long id,
                   @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                   Model model) {
        UnitGroups.Overview overview = groups.overview(actor, code);
        model.addAttribute("overview", overview);
        model.addAttribute("group", groups.group(actor, code, id));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("employees", groups.candidates(actor, code, q, false, id, Paged.page(page),
                MEMBERS_PER_PAGE));
        return VIEW_MEMBERS;
    }

    /** Puts one employee in the group ({@code anggota=true}) or takes them out of it. */
    @PostMapping("/unit/{code}/kelompok/{id}/anggota")
    String member(@AuthenticationPrincipal Actor actor, @PathVariable String code, @PathVariable long id,
                  @RequestParam(required = false) String nip, @RequestParam(required = false) String anggota,
                  @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                  RedirectAttributes redirect) {
        try {
            groups.setMember(actor, code, id, nip, "true".equals(anggota));
            redirect.addFlashAttribute("successKey", "true".equals(anggota) ? "groups.member.added"
                    : "groups.member.removed");
        } catch (UnitGroups.Refused refused) {
            redirect.addFlashAttribute("errorFlashKey", "groups.error.member");
        }
        redirect.addAttribute("q", q == null ? "" : q);
        redirect.addAttribute("page", Paged.page(page));
        return "redirect:/unit/" + groups.group(actor, code, id).unitCode() + "/kelompok/" + id + "/anggota";
    }

    private String form(Actor actor, String code, UnitGroups.Group group, GroupForm form, Model model) {
        UnitGroups.Overview overview = manageable(groups.overview(actor, code));
        model.addAttribute("overview", overview);
        model.addAttribute("group", group);
        model.addAttribute(FORM, form);
        model.addAttribute("weekdays", UnitGroups.WEEKDAYS);
        model.addAttribute("cycles", List.of("1", "2", "3", "4"));
        model.addAttribute("cap", groups.cap());
        return VIEW_FORM;
    }

    private static UnitGroups.Overview manageable(UnitGroups.Overview overview) {
        if (!overview.mayManage()) {
            throw new AccessDeniedException("only the unit's heads arrange its groups");
        }
        return overview;
    }

    private static void reject(BindingResult errors, UnitGroups.Refused refused) {
        String field = "homeDays".equals(refused.field()) ? "cycleWeeks" : refused.field();
        errors.rejectValue(field, refused.key(), refused.args(), refused.key());
    }

    /**
     * The group form, every field text: the name, the weeks of the cycle (1 to 4) and the home weekdays of each week
     * (checkboxes of MONDAY..FRIDAY); weeks beyond the cycle are ignored.
     */
    public static class GroupForm {

        @NotBlank(message = "{groups.error.name}")
        @TextLength(max = UnitGroups.MAX_NAME)
        private String name;
        private String cycleWeeks;
        private List<String> week1 = new ArrayList<>();
        private List<String> week2 = new ArrayList<>();
        private List<String> week3 = new ArrayList<>();
        private List<String> week4 = new ArrayList<>();

        static GroupForm of(UnitGroups.Group group) {
            GroupForm form = new GroupForm();
            form.name = group.name();
            form.cycleWeeks = String.valueOf(group.cycleWeeks());
            List<List<String>> weeks = form.weeks();
            for (int i = 0; i < group.cycleWeeks(); i++) {
                List<String> week = weeks.get(i);
                group.homeDays().get(i).forEach(day -> week.add(day.name()));
            }
            return form;
        }

        List<List<String>> weeks() {
            return List.of(week1, week2, week3, week4);
        }

        /** The typed group as the service takes it: a cycle that is no number 1..4 is refused there. */
        UnitGroups.GroupInput input() {
            int cycle;
            try {
                cycle = Integer.parseInt(cycleWeeks == null ? "" : cycleWeeks.strip());
            } catch (NumberFormatException notANumber) {
                cycle = 0;
            }
            List<List<String>> days = new ArrayList<>();
            for (int i = 0; i < Math.min(Math.max(cycle, 0), UnitGroups.MAX_CYCLE_WEEKS); i++) {
                days.add(weeks().get(i) == null ? List.of() : weeks().get(i));
            }
            return new UnitGroups.GroupInput(name, days);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getCycleWeeks() {
            return cycleWeeks;
        }

        public void setCycleWeeks(String cycleWeeks) {
            this.cycleWeeks = cycleWeeks;
        }

        public List<String> getWeek1() {
            return week1;
        }

        public void setWeek1(List<String> week1) {
            this.week1 = week1 == null ? new ArrayList<>() : week1;
        }

        public List<String> getWeek2() {
            return week2;
        }

        public void setWeek2(List<String> week2) {
            this.week2 = week2 == null ? new ArrayList<>() : week2;
        }

        public List<String> getWeek3() {
            return week3;
        }

        public void setWeek3(List<String> week3) {
            this.week3 = week3 == null ? new ArrayList<>() : week3;
        }

        public List<String> getWeek4() {
            return week4;
        }

        public void setWeek4(List<String> week4) {
            this.week4 = week4 == null ? new ArrayList<>() : week4;
        }
    }
}
