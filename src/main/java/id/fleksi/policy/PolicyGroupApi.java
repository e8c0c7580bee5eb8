package id.fleksi.policy;

import id.fleksi.shared.Actor;
import id.fleksi.shared.web.ApiController;
import id.fleksi.shared.web.Languages;
import id.fleksi.shared.web.Paged;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * The PPK's named groups of employees through the API, to which settings of the determination are scoped: the PPK
 * keeps them, HR reads them.
 */
@ApiController("/api/policy/groups")
class PolicyGroupApi {

    private final PolicyGroups groups;
    private final MessageSource messages;

    PolicyGroupApi(PolicyGroups groups, MessageSource messages) {
        this.groups = groups;
        this.messages = messages;
    }

    /** The groups whose name or description holds {@code q}, by name. */
    @GetMapping
    Paged<PolicyGroups.Group> list(@RequestParam(required = false) String q,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        return groups.list(q, Paged.page(page), Paged.size(size));
    }

    @PostMapping
    ResponseEntity<PolicyGroups.Group> create(@AuthenticationPrincipal Actor actor,
                                              @RequestBody(required = false) PolicyGroups.GroupInput body) {
        PolicyGroups.Group group = groups.create(actor, body);
        return ResponseEntity.created(URI.create("/api/policy/groups/" + group.id())).body(group);
    }

    /** A group with one page of its members (whose NIP, name or position holds {@code q}). */
    @GetMapping("/{id}")
    GroupWithMembers group(@PathVariable long id, @RequestParam(required = false) String q,
                           @RequestParam(required = false) Integer page,
                           @RequestParam(required = false) Integer size) {
        PolicyGroups.Group group = groups.byId(id).orElseThrow(PolicyGroups::unknown);
        return new GroupWithMembers(group, groups.members(id, q, Paged.page(page), Paged.size(size)));
    }

    @PutMapping("/{id}")
    PolicyGroups.Group update(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                              @RequestBody(required = false) PolicyGroups.GroupInput body) {
        return groups.update(actor, id, body);
    }

    /** 204; 409 while a version of the determination names the group. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        groups.delete(actor, id);
        return ResponseEntity.noContent().build();
    }

    /** Makes the group's members exactly {@code nips}; 400 naming the NIPs the employee record does not hold. */
    @PutMapping("/{id}/members")
    PolicyGroups.Group members(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                               @RequestBody(required = false) PolicyGroups.MembersInput body) {
        return groups.setMembers(actor, id, body == null ? null : body.nips());
    }

    /** A group and one page of its members. */
    record GroupWithMembers(PolicyGroups.Group group, Paged<PolicyGroups.Member> members) {
    }

    @ExceptionHandler(PolicyRefused.class)
    ResponseEntity<ProblemDetail> refused(PolicyRefused refused, HttpServletRequest request) {
        Locale locale = Languages.of(request);
        Map<String, String> errors = FieldProblems.empty();
        refused.problems().forEach(p -> FieldProblems.collect(errors, p.field(), p.message(messages, locale)));
        return FieldProblems.answer(messages, locale, HttpStatus.BAD_REQUEST,
                messages.getMessage("policy.group.refused", null, locale), errors);
    }
}
