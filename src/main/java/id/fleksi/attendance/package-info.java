/**
 * Attendance: what happened on each working day of an employee (where they worked, when they checked in and
 * out), as the institution's attendance systems and HR report it through the API. A batch is taken whole or not
 * at all, and one record per employee, day and source means a batch sent again changes nothing.
 */
package id.fleksi.attendance;
