/** Reader of stock-flow model files (JSON or YAML) and their CSV inputs, building {@code be.cambium.stockflow} inputs. */
@NullMarked
package be.cambium.io.stockflow;

import org.jspecify.annotations.NullMarked;
