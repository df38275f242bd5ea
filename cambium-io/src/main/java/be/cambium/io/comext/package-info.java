/**
 * Eurostat Comext: monthly bulk files in the current ({@code full_v2}) and older layouts, the CN8
 * year-to-year concordance table, trade baskets (CN8 code lists with validity years) and the
 * DuckDB workspace store of imported files with their vintages.
 */
@NullMarked
package be.cambium.io.comext;

import org.jspecify.annotations.NullMarked;
