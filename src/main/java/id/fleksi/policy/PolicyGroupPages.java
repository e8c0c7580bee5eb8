package id.fleksi.policy;

import id.fleksi.shared.Actor;
import id.fleksi.shared.web.ApiProblem;
import id.fleksi.shared.web.PageController;
import id.fleksi.shared.web.Paged;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The PPK's named groups of employees in the browser: the list, searched and paged, a new group, and a group's
 * page with its members (searched and paged), where the PPK renames it, adds members by NIP, takes one out or
 * deletes the group. HR reads them.
 */
@PageController
class PolicyGroupPages {

    static final String VIEW_LIST = "policy/groups";
    static final String VIEW_GROUP = "policy/group";
    private static final int PAGE_SIZE = 50;

    private final PolicyGroups groups;
    private final MessageSource messages;

    PolicyGroupPages(PolicyGroups groups, MessageSource messages) {
        this.groups = groups;
        this.messages = messages;
    }

    @GetMapping("/kebijakan/kelompok")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                Model model) {
        return listPage(q, page, model);
    }

    @PostMapping("/kebijakan/kelompok")
    String create(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String name,
                  @RequestParam(required = false) String description, Model model, Locale locale,
                  RedirectAttributes redirect) {
        try {
            PolicyGroups.Group group = groups.create(actor, new PolicyGroups.GroupInput(name, description));
            redirect.addFlashAttribute("successKey", "policy.group.created");
            return "redirect:/kebijakan/kelompok/" + group.id();
        } catch (PolicyRefused refused) {
            model.addAttribute("errors", errors(refused, locale));
            model.addAttribute("name", name);
            model.addAttribute("description", description);
            return listPage(null, null, model);
        }
    }

    @GetMapping("/kebijakan/kelompok/{id}")
    String group(@PathVariable long id, @RequestParam(required = false) String q,
                 @RequestParam(required = false) Integer page, Model model) {
        return groupPage(id, q, page, model);
    }

    @PostMapping("/kebijakan/kelompok/{id}")
    String update(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                  @RequestParam(required = false) String name, @RequestParam(required = false) String description,
                  Model model, Locale locale, RedirectAttributes redirect) {
        return change(id, model, locale, redirect, "policy.group.changed",
                () -> groups.update(actor, id, new PolicyGroups.GroupInput(name, description)));
    }

    /** Adds the NIPs written one a line (or separated by commas or spaces). */
    @PostMapping("/kebijakan/kelompok/{id}/anggota")
    String addMembers(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                      @RequestParam(required = false) String nips, Model model, Locale locale,
                      RedirectAttributes redirect) {
        model.addAttribute("nips", nips);
        List<String> given = nips == null ? List.of() : Arrays.stream(nips.split("[\\s,;]+"))
                .filter(nip -> !nip.isBlank()).toList();
        return change(id, model, locale, redirect, "policy.group.membersAdded",
                () -> groups.addMembers(actor, id, given));
    }

    @PostMapping("/kebijakan/kelompok/{id}/anggota/{nip}/hapus")
    String removeMember(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable String nip,
                        Model model, Locale locale, RedirectAttributes redirect) {
        return change(id, model, locale, redirect, "policy.group.memberRemoved",
                () -> groups.removeMember(actor, id, nip));
    }

    @PostMapping("/kebijakan/kelompok/{id}/hapus")
    String delete(@AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        try {
            groups.delete(actor, id);
        } catch (ApiProblem refused) {
            if (refused.status() == HttpStatus.NOT_FOUND) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            redirect.addFlashAttribute("errorFlashKey", "policy.group.inUsePage");
            return "redirect:/kebijakan/kelompok/" + id;
        }
        redirect.addFlashAttribute("successKey", "policy.group.deleted");
        return "redirect:/kebijakan/kelompok";
    }

    private String change(long id, Model model, Locale locale, RedirectAttributes redirect, String successKey,
                          Runnable action) {
        try {
            action.run();
        } catch (ApiProblem unknown) {
            throw new ResponseStatusException(unknown.status());
        } catch (PolicyRefused refused) {
            model.addAttribute("errors", errors(refused, locale));
            return groupPage(id, null, null, model);
        }
        redirect.addFlashAttribute("successKey", successKey);
        return "redirect:/kebijakan/kelompok/" + id;
    }

    private String listPage(String q, Integer page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("groups", groups.list(q, Paged.page(page), PAGE_SIZE));
        model.addAttribute("maxMembers", PolicyGroups.MAX_MEMBERS);
        return VIEW_LIST;
    }

    private String groupPage(long id, String q, Integer page, Model model) {
        PolicyGroups.Group group = groups.byId(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("group", group);
        model.addAttribute("q", q);
        model.addAttribute("members", groups.members(id, q, Paged.page(page), PAGE_SIZE));
        return VIEW_GROUP;
    }

    private Map<String, String> errors(PolicyRefused refused, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        refused.problems().forEach(p -> FieldProblems.collect(errors, p.field(), p.message(messages, locale)));
        return errors;
    }
}
