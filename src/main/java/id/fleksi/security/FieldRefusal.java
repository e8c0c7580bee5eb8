package id.fleksi.security;

/** Why a form or a request was refused: the field concerned and the message key to show next to it. */
record FieldRefusal(String field, String messageKey) {
}
