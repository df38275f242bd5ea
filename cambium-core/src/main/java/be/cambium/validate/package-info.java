/** Data problems as located {@link be.cambium.validate.Issue}s collected in a {@link be.cambium.validate.ValidationReport}. */
@NullMarked
package be.cambium.validate;

import org.jspecify.annotations.NullMarked;
