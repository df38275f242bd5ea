/** Benchmarks and side-by-side runs against the anchor tools (never part of the test suite). */
@NullMarked
package be.cambium.bench;

import org.jspecify.annotations.NullMarked;
