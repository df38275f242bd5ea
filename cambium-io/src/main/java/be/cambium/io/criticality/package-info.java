/**
 * Readers for criticality inputs: the criticality data package (fixed resource names, see
 * {@link be.cambium.io.criticality.CriticalityPackageReader}), the EU CRM 2023 study tables as transcribed
 * in CSV, and the World Bank WGI bulk CSV.
 */
@NullMarked
package be.cambium.io.criticality;

import org.jspecify.annotations.NullMarked;
