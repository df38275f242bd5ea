/**
 * Dynamic stock-flow models: lifetimes, cohort models (inflow- and stock-driven), multi-layer
 * systems (product, technology, component, material), end-of-life routes, mass balance,
 * scenarios and seeded Monte Carlo. Pure: no IO, no clock, no unseeded randomness.
 * Conventions: {@code docs/methods/stockflow.md}.
 */
@NullMarked
package be.cambium.stockflow;

import org.jspecify.annotations.NullMarked;
