/** Units of measure with exponents of mass, money (currency and price basis), persons, energy, power and counts. */
@NullMarked
package be.cambium.unit;

import org.jspecify.annotations.NullMarked;
