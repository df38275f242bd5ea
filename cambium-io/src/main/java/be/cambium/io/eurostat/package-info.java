/**
 * Readers for Eurostat's dissemination formats: the TSV of the API and the bulk download (plain or
 * gzip), SDMX-CSV and JSON-stat 2.0. All three produce the same {@link be.cambium.io.eurostat.EurostatDataset}
 * with per-cell values (NaN when missing) and per-cell flags, and report malformed input as
 * {@link be.cambium.validate.Issue}s located by file, line and column.
 */
@NullMarked
package be.cambium.io.eurostat;

import org.jspecify.annotations.NullMarked;
