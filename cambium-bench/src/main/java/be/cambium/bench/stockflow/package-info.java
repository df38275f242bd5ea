/** Stock-flow benchmark: a large synthetic system run by CAMBIUM and, for comparison, by numpy (ODYM formulation). */
@NullMarked
package be.cambium.bench.stockflow;

import org.jspecify.annotations.NullMarked;
