/**
 * PermenPANRB 4/2025 as pure Java: facts in, cited verdicts out. No Spring, JPA, servlet or logging type may appear here.
 */
package id.fleksi.rules;
