/**
 * Live figures for the PPK and unit heads: the share of employees working away from their office per day and by
 * unit, its trend over weeks, units below the minimum presence (Pasal 27), plans waiting, drawn as server-side
 * SVG charts with their tables.
 */
package id.fleksi.dashboard;
