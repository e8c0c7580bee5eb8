/**
 * The audit trail: every change to the facts the rules decide on, and every decision, with who, when,
 * what, before and after. Append-only: the application offers no way to edit or delete it, and the
 * database refuses updates and deletes.
 */
package id.fleksi.audit;
