package be.cambium.unit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unit of measure: a product of atoms (such as {@code t}, {@code MEUR_2015}, {@code cap},
 * {@code MW}) with integer exponents.
 *
 * <p>Base dimensions: mass (base kg), money (base one unit of a currency, at a price basis),
 * persons, energy (base J), power (base W) and counts. Money carries its currency and its
 * price basis ({@code CURRENT}, a reference year such as {@code 2015}, chain-linked
 * {@code CLV2015}, or {@code PPS}); two money units with different bases are not
 * compatible, because adding current and constant prices is the classic EEIO mistake.
 *
 * <p>Grammar of {@link #parse(String)} and {@link #toString()}:
 * {@code unit = "1" | term { ("*" | "/") term }}, {@code term = atom [ "^" int ]}. The printed form
 * lists atoms with positive exponents joined by {@code *}, then each atom with a negative exponent
 * after a {@code /}: {@code t/MEUR_2015}, {@code kg/MW}, {@code t/cap}. {@code parse(u.toString())}
 * equals {@code u} for every unit.
 *
 * <p>Atoms: mass {@code g kg t kt Mt Gt}; money {@code [k|M|B](EUR|USD|GBP)[_basis]}; persons
 * {@code cap kcap Mcap}; energy {@code J kJ MJ GJ TJ PJ Wh kWh MWh GWh TWh toe ktoe Mtoe};
 * power {@code W kW MW GW}; counts {@code count}; dimensionless {@code 1} and {@code %}.
 */
public final class Unit {

    /** Indices of the base dimensions in {@link #dimensions()}. */
    public static final int MASS = 0, MONEY = 1, PERSON = 2, ENERGY = 3, POWER = 4, COUNT = 5;
    private static final String[] DIM_NAMES = {"mass", "money", "persons", "energy", "power", "count"};

    private record Atom(String symbol, int dim, double factor, String currency, String basis) {
    }

    private static final Map<String, Atom> ATOMS = new LinkedHashMap<>();
    private static final Pattern MONEY_ATOM = Pattern.compile("([kMB]?)(EUR|USD|GBP)(?:_(CURRENT|\\d{4}|CLV\\d{4}|PPS))?");
    private static final Pattern TERM = Pattern.compile("(.+?)(?:\\^(-?\\d+))?");

    static {
        atom("g", MASS, 1e-3);
        atom("kg", MASS, 1);
        atom("t", MASS, 1e3);
        atom("kt", MASS, 1e6);
        atom("Mt", MASS, 1e9);
        atom("Gt", MASS, 1e12);
        atom("cap", PERSON, 1);
        atom("kcap", PERSON, 1e3);
        atom("Mcap", PERSON, 1e6);
        atom("J", ENERGY, 1);
        atom("kJ", ENERGY, 1e3);
        atom("MJ", ENERGY, 1e6);
        atom("GJ", ENERGY, 1e9);
        atom("TJ", ENERGY, 1e12);
        atom("PJ", ENERGY, 1e15);
        atom("Wh", ENERGY, 3.6e3);
        atom("kWh", ENERGY, 3.6e6);
        atom("MWh", ENERGY, 3.6e9);
        atom("GWh", ENERGY, 3.6e12);
        atom("TWh", ENERGY, 3.6e15);
        atom("toe", ENERGY, 41.868e9); // IEA/Eurostat: 1 toe = 41.868 GJ
        atom("ktoe", ENERGY, 41.868e12);
        atom("Mtoe", ENERGY, 41.868e15);
        atom("W", POWER, 1);
        atom("kW", POWER, 1e3);
        atom("MW", POWER, 1e6);
        atom("GW", POWER, 1e9);
        atom("count", COUNT, 1);
        atom("%", -1, 0.01);
    }

    private static void atom(String symbol, int dim, double factor) {
        ATOMS.put(symbol, new Atom(symbol, dim, factor, "", ""));
    }

    // ---- well-known units ----
    public static final Unit DIMENSIONLESS = new Unit(Map.of());
    public static final Unit PERCENT = parse("%");
    public static final Unit GRAM = parse("g");
    public static final Unit KG = parse("kg");
    public static final Unit TONNE = parse("t");
    public static final Unit KILOTONNE = parse("kt");
    public static final Unit MEGATONNE = parse("Mt");
    public static final Unit EUR_CURRENT = parse("EUR_CURRENT");
    public static final Unit MEUR_CURRENT = parse("MEUR_CURRENT");
    public static final Unit MEUR_2015 = parse("MEUR_2015");
    public static final Unit PERSONS = parse("cap");
    public static final Unit THOUSAND_PERSONS = parse("kcap");
    public static final Unit MEGAWATT = parse("MW");
    public static final Unit GIGAJOULE = parse("GJ");
    public static final Unit COUNTS = parse("count");
    public static final Unit T_PER_MEUR_CURRENT = parse("t/MEUR_CURRENT");
    public static final Unit T_PER_CAPITA = parse("t/cap");
    public static final Unit KG_PER_MW = parse("kg/MW");

    private final Map<String, Integer> terms; // atom symbol -> exponent (non-zero), insertion-ordered
    private final int[] dims = new int[DIM_NAMES.length];
    private final double factor;
    private final String currency;
    private final String priceBasis;

    private Unit(Map<String, Integer> terms) {
        Map<String, Integer> t = new LinkedHashMap<>();
        double f = 1;
        String cur = "";
        String basis = "";
        for (Map.Entry<String, Integer> e : terms.entrySet()) {
            int exp = e.getValue();
            if (exp == 0) {
                continue;
            }
            Atom a = atomOf(e.getKey());
            t.put(a.symbol(), exp);
            f *= Math.pow(a.factor(), exp);
            if (a.dim() >= 0) {
                dims[a.dim()] += exp;
            }
            if (a.dim() == MONEY) {
                if (!cur.isEmpty() && (!cur.equals(a.currency()) || !basis.equals(a.basis()))) {
                    throw new UnitMismatchException("a unit cannot mix money of different currencies or price bases: "
                            + cur + (basis.isEmpty() ? "" : "_" + basis) + " and " + a.symbol());
                }
                cur = a.currency();
                basis = a.basis();
            }
        }
        if (dims[MONEY] == 0) {
            cur = "";
            basis = "";
        }
        this.terms = Collections.unmodifiableMap(t);
        this.factor = f;
        this.currency = cur;
        this.priceBasis = basis;
    }

    private static Atom atomOf(String symbol) {
        Atom a = ATOMS.get(symbol);
        if (a != null) {
            return a;
        }
        Matcher m = MONEY_ATOM.matcher(symbol);
        if (m.matches()) {
            double scale = switch (m.group(1)) {
                case "k" -> 1e3;
                case "M" -> 1e6;
                case "B" -> 1e9;
                default -> 1;
            };
            return new Atom(symbol, MONEY, scale, m.group(2), m.group(3) == null ? "" : m.group(3));
        }
        throw new IllegalArgumentException("unknown unit '" + symbol + "'; known: " + String.join(" ", ATOMS.keySet())
                + " and money as [k|M|B](EUR|USD|GBP)[_CURRENT|_yyyy|_CLVyyyy|_PPS]");
    }

    /**
     * Parses a unit such as {@code kt}, {@code t/MEUR_2015}, {@code kg/MW}, {@code t*cap^-1} or {@code 1}.
     *
     * @throws IllegalArgumentException naming the unknown atom or the malformed part
     */
    public static Unit parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty unit");
        }
        if (s.equals("1")) {
            return DIMENSIONLESS == null ? new Unit(Map.of()) : DIMENSIONLESS;
        }
        Map<String, Integer> terms = new LinkedHashMap<>();
        int sign = 1;
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '*';
            if (c == '*' || c == '/') {
                String term = s.substring(start, i).strip();
                if (term.isEmpty()) {
                    throw new IllegalArgumentException("malformed unit '" + text + "': empty term at position " + (start + 1));
                }
                Matcher m = TERM.matcher(term);
                if (!m.matches()) {
                    throw new IllegalArgumentException("malformed unit '" + text + "' at '" + term + "'");
                }
                int exp = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
                String atom = m.group(1);
                if (!atom.equals("1")) {
                    atomOf(atom);
                    terms.merge(atom, sign * exp, Integer::sum);
                } else if (m.group(2) != null) {
                    throw new IllegalArgumentException("malformed unit '" + text + "': '1' takes no exponent");
                }
                sign = c == '/' ? -1 : 1;
                start = i + 1;
            }
        }
        return new Unit(terms);
    }

    /** The product of the two units (exponents add). */
    public Unit times(Unit other) {
        Map<String, Integer> t = new LinkedHashMap<>(terms);
        other.terms.forEach((k, v) -> t.merge(k, v, Integer::sum));
        return new Unit(t);
    }

    /** The quotient of the two units (exponents subtract). */
    public Unit dividedBy(Unit other) {
        return times(other.pow(-1));
    }

    public Unit pow(int n) {
        Map<String, Integer> t = new LinkedHashMap<>();
        terms.forEach((k, v) -> t.put(k, v * n));
        return new Unit(t);
    }

    public Unit inverse() {
        return pow(-1);
    }

    /** Exponents of mass, money, persons, energy, power and count, in that order. */
    public int[] dimensions() {
        return dims.clone();
    }

    public int exponent(int dimension) {
        return dims[dimension];
    }

    /** The factor that converts a value in this unit to the base units (kg, 1 currency unit, J, W, ...). */
    public double toBase() {
        return factor;
    }

    /** ISO currency of the money part, empty when there is none. */
    public String currency() {
        return currency;
    }

    /** Price basis of the money part ({@code CURRENT}, {@code 2015}, ...), empty when none or unspecified. */
    public String priceBasis() {
        return priceBasis;
    }

    public boolean isDimensionless() {
        for (int d : dims) {
            if (d != 0) {
                return false;
            }
        }
        return true;
    }

    public boolean isMass() {
        return dims[MASS] == 1 && dims[MONEY] == 0 && dims[PERSON] == 0 && dims[ENERGY] == 0 && dims[POWER] == 0 && dims[COUNT] == 0;
    }

    /** Same dimensions, and for money the same currency and price basis: values convert by a factor. */
    public boolean isCompatibleWith(Unit other) {
        return java.util.Arrays.equals(dims, other.dims) && currency.equals(other.currency) && priceBasis.equals(other.priceBasis);
    }

    /**
     * The factor f with {@code value_in_other = f * value_in_this}.
     *
     * @throws UnitMismatchException naming both units when they are not compatible
     */
    public double conversionFactorTo(Unit other) {
        requireCompatible(other);
        return factor / other.factor;
    }

    /** Converts a value from this unit to {@code other}. */
    public double convert(double value, Unit other) {
        return equals(other) ? value : value * conversionFactorTo(other);
    }

    /** Throws a {@link UnitMismatchException} that names both units unless they are compatible. */
    public void requireCompatible(Unit other) {
        if (!isCompatibleWith(other)) {
            throw new UnitMismatchException("units do not match: " + this + " (" + describe() + ") vs " + other
                    + " (" + other.describe() + ")");
        }
    }

    /** The dimensions in words, e.g. {@code mass/money[EUR 2015]}. */
    public String describe() {
        List<String> num = new ArrayList<>();
        List<String> den = new ArrayList<>();
        for (int i = 0; i < dims.length; i++) {
            if (dims[i] == 0) {
                continue;
            }
            String n = DIM_NAMES[i];
            if (i == MONEY) {
                n += "[" + currency + (priceBasis.isEmpty() ? "" : " " + priceBasis.toLowerCase(Locale.ROOT)) + "]";
            }
            int a = Math.abs(dims[i]);
            (dims[i] > 0 ? num : den).add(a == 1 ? n : n + "^" + a);
        }
        if (num.isEmpty() && den.isEmpty()) {
            return "dimensionless";
        }
        String s = num.isEmpty() ? "1" : String.join("*", num);
        return den.isEmpty() ? s : s + "/" + String.join("/", den);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Unit u && terms.equals(u.terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        terms.forEach((k, v) -> {
            if (v > 0) {
                if (sb.length() > 0) {
                    sb.append('*');
                }
                sb.append(k);
                if (v != 1) {
                    sb.append('^').append(v);
                }
            }
        });
        if (sb.length() == 0) {
            sb.append('1');
        }
        terms.forEach((k, v) -> {
            if (v < 0) {
                sb.append('/').append(k);
                if (v != -1) {
                    sb.append('^').append(-v);
                }
            }
        });
        return sb.toString();
    }
}
