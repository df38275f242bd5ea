/** Sources, vintages and the steps that made a result. */
@NullMarked
package be.cambium.provenance;

import org.jspecify.annotations.NullMarked;
