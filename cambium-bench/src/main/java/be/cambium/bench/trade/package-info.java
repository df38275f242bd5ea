/** Trade monitoring fixtures (Comext-layout generator with injected events) and benchmarks. */
@NullMarked
package be.cambium.bench.trade;

import org.jspecify.annotations.NullMarked;
