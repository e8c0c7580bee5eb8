package id.fleksi.planning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/**
 * The forms of the inbox. None carries who decides, the plan's unit or its status: the plan comes from the path
 * or from ids the service checks again, the decider from the session.
 */
final class InboxForms {

    static final int TEXT_MAX = 500;

    private InboxForms() {
    }

    /** Approving one plan: the version the head saw and an optional note for the employee. */
    public static class Approval {

        private Long version;
        @Size(max = TEXT_MAX, message = "{inbox.error.tooLong}")
        private String note;

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    /**
     * Recalling the employee to the office on a day of an approved plan: the day (as text, checked by the page),
     * the reason the employee reads, that the head confirms it, and the version they saw.
     */
    public static class RecallForm {

        private Long version;
        private String day;
        @Size(max = TEXT_MAX, message = "{inbox.error.tooLong}")
        private String reason;
        private boolean confirmed;

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public String getDay() {
            return day;
        }

        public void setDay(String day) {
            this.day = day;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public boolean isConfirmed() {
            return confirmed;
        }

        public void setConfirmed(boolean confirmed) {
            this.confirmed = confirmed;
        }
    }

    /**
     * Deciding the employee's change of an approved plan: the request the head saw, SETUJUI or TOLAK, and a note
     * (required when rejecting).
     */
    public static class AmendmentDecision {

        private Long request;
        private String keputusan;
        @Size(max = TEXT_MAX, message = "{inbox.error.tooLong}")
        private String note;

        public Long getRequest() {
            return request;
        }

        public void setRequest(Long request) {
            this.request = request;
        }

        public String getKeputusan() {
            return keputusan;
        }

        public void setKeputusan(String keputusan) {
            this.keputusan = keputusan;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    /** Rejecting one plan: the version the head saw and the reason the employee reads (required). */
    public static class Rejection {

        private Long version;
        @NotBlank(message = "{inbox.error.reasonMissing}")
        @Size(max = TEXT_MAX, message = "{inbox.error.tooLong}")
        private String reason;

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /**
     * Deciding the plans selected in the inbox: each plan's id with the version shown on the confirmation page,
     * one note (approving) or one reason (rejecting, required) for all.
     */
    public static class Bulk {

        private String keputusan;
        private List<Item> plans = new ArrayList<>();
        @Size(max = TEXT_MAX, message = "{inbox.error.tooLong}")
        private String note;
        @Size(max = TEXT_MAX, message = "{inbox.error.tooLong}")
        private String reason;

        public String getKeputusan() {
            return keputusan;
        }

        public void setKeputusan(String keputusan) {
            this.keputusan = keputusan;
        }

        public List<Item> getPlans() {
            return plans;
        }

        public void setPlans(List<Item> plans) {
            this.plans = plans;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** One selected plan. */
    public static class Item {

        private Long id;
        private Long version;

        public Item() {
        }

        Item(Long id, Long version) {
            this.id = id;
            this.version = version;
        }

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }
}
