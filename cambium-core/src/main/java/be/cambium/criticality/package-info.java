/**
 * The EU critical raw materials method (economic importance EI, supply risk SR, stages, groups,
 * CRMA benchmarks), its Belgian adaptation and a seeded Monte Carlo uncertainty analysis.
 * Formulas and conventions: {@code docs/methods/criticality.md}.
 */
@NullMarked
package be.cambium.criticality;

import org.jspecify.annotations.NullMarked;
