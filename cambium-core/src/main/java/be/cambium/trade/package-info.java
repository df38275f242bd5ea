/**
 * Trade micro-indicators (partner concentration, shares, unit values, extra-EU reliance, partner-mix
 * shift) per reporter, basket, flow and month, and change detection (robust z-scores, CUSUM, EWMA)
 * with readable alerts. Pure: callers pass aggregated trade cells; readers live in cambium-io.
 * Methods: {@code docs/methods/trade.md}.
 */
@NullMarked
package be.cambium.trade;

import org.jspecify.annotations.NullMarked;
