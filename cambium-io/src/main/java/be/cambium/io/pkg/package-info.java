/**
 * Frictionless data packages: a folder with a {@code datapackage.json} (name, title, licenses,
 * sources, resources with a table schema) and CSV resources. {@link be.cambium.io.pkg.DataPackageReader}
 * reads and validates one, reporting every problem with file, line and column;
 * {@link be.cambium.io.pkg.DataPackageWriter} writes one back.
 */
@NullMarked
package be.cambium.io.pkg;

import org.jspecify.annotations.NullMarked;
