package be.cambium.trade;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
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
 * This table is local to the trade engine until {@code be.cambium.classification} lands on main.
 */
public final class Partners {

    /** First month of membership (inclusive) and first month after leaving (exclusive) or null. */
    private record Membership(YearMonth from, YearMonth until) {
    }

    private static final YearMonth FOUNDING = YearMonth.of(1958, 1);
    private static final Map<String, Membership> EU = Map.ofEntries(
            Map.entry("BE", new Membership(FOUNDING, null)),
            Map.entry("DE", new Membership(FOUNDING, null)),
            Map.entry("FR", new Membership(FOUNDING, null)),
            Map.entry("IT", new Membership(FOUNDING, null)),
            Map.entry("LU", new Membership(FOUNDING, null)),
            Map.entry("NL", new Membership(FOUNDING, null)),
            Map.entry("DK", new Membership(YearMonth.of(1973, 1), null)),
            Map.entry("IE", new Membership(YearMonth.of(1973, 1), null)),
            Map.entry("GB", new Membership(YearMonth.of(1973, 1), YearMonth.of(2020, 2))),
            Map.entry("GR", new Membership(YearMonth.of(1981, 1), null)),
            Map.entry("EL", new Membership(YearMonth.of(1981, 1), null)),
            Map.entry("ES", new Membership(YearMonth.of(1986, 1), null)),
            Map.entry("PT", new Membership(YearMonth.of(1986, 1), null)),
            Map.entry("AT", new Membership(YearMonth.of(1995, 1), null)),
            Map.entry("FI", new Membership(YearMonth.of(1995, 1), null)),
            Map.entry("SE", new Membership(YearMonth.of(1995, 1), null)),
            Map.entry("CY", new Membership(YearMonth.of(2004, 5), null)),
            Map.entry("CZ", new Membership(YearMonth.of(2004, 5), null)),
            Map.entry("EE", new Membership(YearMonth.of(2004, 5), null)),
            Map.entry("HU", new Membership(YearMonth.of(2004, 5), null)),
            Map.entry("LT", new Membership(YearMonth.of(2004, 5), null)),
            Map.entry("LV", new Membership(YearMonth.of(2004, 5), null)),
            Map.entry("MT", new Membership(YearMonth.of(2004, 5), null)),
            Map.entry("PL", new Membership(YearMonth.of(2004, 5), null)),
            Map.entry("SI", new Membership(YearMonth.of(2004, 5), null)),
            Map.entry("SK", new Membership(YearMonth.of(2004, 5), null)),
            Map.entry("BG", new Membership(YearMonth.of(2007, 1), null)),
            Map.entry("RO", new Membership(YearMonth.of(2007, 1), null)),
            Map.entry("HR", new Membership(YearMonth.of(2013, 7), null)),
            Map.entry("XI", new Membership(YearMonth.of(2021, 1), null)));

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
        Membership m = EU.get(partner);
        return m != null && !month.isBefore(m.from()) && (m.until() == null || month.isBefore(m.until()));
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
