/** Helpers of the classification package (CSV reading of the bundled code lists); not API. */
@NullMarked
package be.cambium.classification.internal;

import org.jspecify.annotations.NullMarked;
