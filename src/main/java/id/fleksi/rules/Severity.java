package id.fleksi.rules;

/** How much a violation weighs: an ERROR blocks, a WARNING informs the unit head. */
public enum Severity {
    ERROR, WARNING
}
