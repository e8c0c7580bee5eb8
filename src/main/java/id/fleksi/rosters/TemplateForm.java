package id.fleksi.rosters;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalTime;

/** The template form: the code only when adding; the version read, so that a stale edit is caught. */
public class TemplateForm {

    private String code;
    private String name;
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime start;
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime end;
    private Integer breakMinutes;
    private Integer minStaff;
    private Long version;

    static TemplateForm of(ShiftTemplate template) {
        TemplateForm form = new TemplateForm();
        form.code = template.code();
        form.name = template.name();
        form.start = template.start();
        form.end = template.end();
        form.breakMinutes = template.breakMinutes();
        form.minStaff = template.minStaff();
        form.version = template.version();
        return form;
    }

    ShiftTemplates.Input toInput() {
        return new ShiftTemplates.Input(code, name, start, end, breakMinutes, minStaff, version);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public Integer getBreakMinutes() {
        return breakMinutes;
    }

    public void setBreakMinutes(Integer breakMinutes) {
        this.breakMinutes = breakMinutes;
    }

    public Integer getMinStaff() {
        return minStaff;
    }

    public void setMinStaff(Integer minStaff) {
        this.minStaff = minStaff;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
