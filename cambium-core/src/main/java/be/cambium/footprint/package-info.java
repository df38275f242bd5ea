/**
 * Environmentally-extended input-output (EEIO) footprints: an {@link be.cambium.footprint.IoSystem}
 * (labelled A, Y, x with satellite {@link be.cambium.footprint.Extension}s), pymrio's accounts
 * (M, D_cba, D_pba, D_imp, D_exp per region and sector) and CAMBIUM's material footprint of one
 * economy (DE, IMP_RME split by use, EXP_RME, RMI, RMC, production layers, structural paths), all
 * from one LU factorisation and solves, never an explicit Leontief inverse. See docs/methods/footprint.md.
 */
@NullMarked
package be.cambium.footprint;

import org.jspecify.annotations.NullMarked;
