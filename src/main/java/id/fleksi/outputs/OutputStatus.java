package id.fleksi.outputs;

/** Where an output stands: waiting for the head, accepted, or returned with the head's note. */
public enum OutputStatus {
    SUBMITTED, ACCEPTED, RETURNED
}
