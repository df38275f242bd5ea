/**
 * Readers for multi-regional input-output tables into {@link be.cambium.footprint.IoSystem}: pymrio's
 * test MRIO raw files, and pymrio's saved folder layout (which EXIOBASE 3 uses: {@code file_parameters.json},
 * {@code A.txt} or {@code Z.txt}, {@code Y.txt}, one sub-folder per extension). Text matrices are streamed
 * line by line into a double array; every problem is reported with its file, line and column.
 */
@NullMarked
package be.cambium.io.mrio;

import org.jspecify.annotations.NullMarked;
