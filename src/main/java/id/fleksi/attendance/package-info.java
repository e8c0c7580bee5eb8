/**
 * Attendance: what happened on each working day of an employee (where they worked, when they checked in and
 * out), as the institution's attendance systems and HR report it through the API, or HR imports it from a CSV
 * file. A batch or a file is taken whole or not at all, and one record per employee, day and source means a batch
 * or a file sent again changes nothing. Where the institution has no attendance system, the PPK switches on
 * check-in in Fleksi itself: employees check in and out on their phones (records of the source FLEKSI), with the
 * device's position rounded to about 1 km when the PPK also switches that on. The discrepancies between plan and
 * attendance are judged on demand for a report, and stored per week for the whole institution for the evaluation
 * ({@link id.fleksi.attendance.DiscrepancyWeeks}).
 */
package id.fleksi.attendance;
