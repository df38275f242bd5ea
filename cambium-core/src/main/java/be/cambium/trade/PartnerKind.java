package be.cambium.trade;

/**
 * What a Comext partner code stands for. Only {@link #COUNTRY} partners enter shares; confidential
 * and unknown partners are kept as not-observed (their value counts in the total and is reported as
 * a data-quality share); aggregates are excluded altogether so nothing is counted twice.
 */
public enum PartnerKind {
    /** A country or territory (ISO 3166 alpha-2 as Comext uses it, e.g. CN, GR, XK). */
    COUNTRY,
    /** Partner withheld for confidentiality (Comext QY intra-EU, QZ extra-EU, QX commercial/military). */
    CONFIDENTIAL,
    /** Partner not known: not specified (QU, QV, QW), high seas (QP), stores and provisions (QQ, QR, QS). */
    UNKNOWN,
    /** An aggregate of partners (WORLD, EU27_2020, EU27_2020_EXTRA, ...): excluded. */
    AGGREGATE
}
