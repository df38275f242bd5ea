/**
 * Labelled data: every number travels with its labels and its unit.
 *
 * <ul>
 *   <li>A {@link be.cambium.data.Dim} is a named, ordered list of distinct item codes. It is either a
 *       categorical {@link be.cambium.data.Dimension} ({@code material: MF1, MF2, ...}) or a
 *       {@link be.cambium.data.YearRange} ({@code year: 1996..2050}) that adds year arithmetic for
 *       cohort models. Item codes are official codes (EW-MFA, ISO 3166 as Eurostat writes them,
 *       NACE, CN8); human labels live in the classifications, never in joins.</li>
 *   <li>{@link be.cambium.data.Axes} is an ordered list of dimensions with unique names; cells are
 *       stored in row-major order.</li>
 *   <li>{@link be.cambium.data.LabelledArray} is axes, one {@link be.cambium.unit.Unit} and the values.
 *       Operations work by dimension name ({@code sumOver("partner")}, {@code select("material", "MF2")},
 *       {@code times(other)} with broadcasting by name). Items must match exactly on shared dimensions;
 *       anything else throws, naming the differing items. Re-ordering or sub-setting is an explicit
 *       {@code alignTo(...)}. Adding values converts units; incompatible units (tonnes and euros,
 *       current and constant prices) throw {@link be.cambium.unit.UnitMismatchException}.</li>
 *   <li>For input-output work, {@link be.cambium.data.Index} maps composite keys (region × sector) to
 *       positions and back, and {@link be.cambium.data.LabelledMatrix} keeps a row index and a column
 *       index beside a {@link be.cambium.data.Matrix}.</li>
 * </ul>
 *
 * <p>Missing is not zero: missing values are NaN and stay missing through arithmetic until a rule,
 * recorded in provenance, decides what they become.
 */
@NullMarked
package be.cambium.data;

import org.jspecify.annotations.NullMarked;
