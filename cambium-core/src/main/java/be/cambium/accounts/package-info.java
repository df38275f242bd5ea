/**
 * Economy-wide material flow accounts (EW-MFA) and the macro indicators of Eurostat's circular economy
 * monitoring framework: DE, IMP, EXP, DMI, DMC, PTB at every node of the material tree, per capita values,
 * resource productivity, material import dependency, self-sufficiency, the circular material use rate and
 * EOL-RIR, with the checks a national statistician applies. See {@code docs/methods/accounts.md}.
 */
@NullMarked
package be.cambium.accounts;

import org.jspecify.annotations.NullMarked;
