/**
 * Official code lists as typed, immutable lookups: the EW-MFA material tree, countries with EU membership
 * by date and Eurostat aggregates, Belgium's NUTS 1 regions, NACE Rev. 2, CN8/HS6 product codes that
 * know their edition, and weighted concordances between any two code types.
 *
 * <p>The bundled lists are CSV files next to these classes (sources in their {@code SOURCES.md}); load
 * them once with {@link be.cambium.classification.Classifications#standard()}. Unknown codes met in data
 * become {@link be.cambium.validate.Issue}s through the {@code resolve(code, location, report)} methods;
 * unknown codes passed by a programmer to {@code get(...)} throw.
 */
@NullMarked
package be.cambium.classification;

import org.jspecify.annotations.NullMarked;
