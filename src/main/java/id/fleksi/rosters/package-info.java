/**
 * Shift rosters (Pasal 19): in the units the PPK designated for sif (ayat (4)), the unit head keeps the unit's
 * shift templates and rotation, generates a month of shifts, checks the gaps against each shift's minimum staff
 * and each employee's weekly effective hours (ayat (2)), and publishes them (ayat (3)). Other modules read the
 * published shifts through {@link id.fleksi.rosters.Rosters}.
 */
package id.fleksi.rosters;
