package be.cambium.trade;

import be.cambium.classification.Classifications;
import be.cambium.classification.Countries;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;

/**
 * Comext partner codes: kind (country, confidential, unknown, aggregate), intra/extra-EU side and
 * EU membership by month.
 *
 * <p>Special codes follow the Eurostat geonomenclature used in Comext ({@code PARTNERS.txt}):
 * QP high seas, QQ/QR/QS stores and provisions (all, intra-EU, extra-EU), QU/QV/QW countries not
 * specified (all, intra-EU, extra-EU), QX not specified for commercial or military reasons,
 * QY/QZ secret (intra-EU, extra-EU). Codes longer than two characters (WORLD, EU27_2020_EXTRA, ...)
 * are aggregates. Membership dates: Treaties of accession; the United Kingdom left on 2020-02-01;
 * Northern Ireland (XI) counts as intra-EU for goods from 2021-01 (Windsor/Protocol arrangements).
 * Membership itself comes from {@link Countries} (the classification's dates: Treaties of accession,
 * the United Kingdom leaving on 2020-02-01), with Comext's ISO codes mapped to Eurostat's.
 */
public final class Partners {

    private static final Countries COUNTRIES = Classifications.standard().countries();
    /** Northern Ireland counts as intra-EU for goods from 2021-01 (Windsor/Protocol arrangements). */
    private static final YearMonth XI_FROM = YearMonth.of(2021, 1);

    private Partners() {
    }

    /** The kind of a Comext partner code. */
    public static PartnerKind kind(String partner) {
        Objects.requireNonNull(partner, "partner");
        String p = partner.trim().toUpperCase(Locale.ROOT);
        if (p.length() != 2) {
            return PartnerKind.AGGREGATE;
        }
        return switch (p) {
            case "QX", "QY", "QZ" -> PartnerKind.CONFIDENTIAL;
            case "QP", "QQ", "QR", "QS", "QU", "QV", "QW" -> PartnerKind.UNKNOWN;
            default -> PartnerKind.COUNTRY;
        };
    }

    /** Whether {@code partner} is an EU member state in {@code month} (EU composition of that month). */
    public static boolean isEuMember(String partner, YearMonth month) {
        if (partner.equals("XI")) {
            return !month.isBefore(XI_FROM);
        }
        // Comext writes ISO codes (GR, GB); the classification keys Eurostat's (EL, UK)
        String code = COUNTRIES.fromIso2(partner).orElse(partner);
        return COUNTRIES.isKnown(code) && COUNTRIES.isEuMember(code, month.atDay(1));
    }

    /**
     * Side of a partner in {@code month}: +1 extra-EU, -1 intra-EU, 0 unknown side. Countries by
     * membership; QR/QV/QY are intra-EU, QS/QW/QZ extra-EU; QP, QQ, QU, QX and aggregates unknown.
     */
    public static int side(String partner, YearMonth month) {
        return switch (kind(partner)) {
            case COUNTRY -> isEuMember(partner, month) ? -1 : 1;
            case CONFIDENTIAL, UNKNOWN -> switch (partner) {
                case "QR", "QV", "QY" -> -1;
                case "QS", "QW", "QZ" -> 1;
                default -> 0;
            };
            case AGGREGATE -> 0;
        };
    }
}
