package be.cambium.bench.trade;

import be.cambium.io.comext.BasketCode;
import be.cambium.io.comext.TradeBaskets;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Writes realistic Comext bulk files (one per month, current {@code full_v2} or older layout, plain or
 * gzip) for several reporters: basket products spread over their CN8 codes valid in each year (so the
 * CN changes of 2012, 2016, 2022 and 2023 are crossed), thousands of filler CN8 codes, about a hundred
 * partners, seasonality, noise, confidential partners (QZ/QY) and injected events - a level shift, a
 * partner switch, a new partner, a price jump - with the truth written beside the files
 * ({@code truth.csv}: reporter, basket, flow, event, period, magnitude). Seeded: the same settings give
 * the same bytes.
 */
public final class ComextFixtureGenerator {

    /** Generator settings. */
    public record Settings(long seed, List<String> reporters, YearMonth start, int months, int fillerCodes,
                           int partners, double noise, double eventShare, boolean legacyLayout, boolean gzip) {
        public static Settings defaults() {
            return new Settings(20261129L, List.of("BE", "NL", "DE"), YearMonth.of(2018, 1), 96, 2000, 100, 0.08,
                    0.5, false, false);
        }

        public Settings withSeed(long s) {
            return new Settings(s, reporters, start, months, fillerCodes, partners, noise, eventShare, legacyLayout, gzip);
        }
    }

    /** One injected event. */
    public record Event(String reporter, String basket, String flow, String type, YearMonth period, double magnitude) {
    }

    public static final String LEVEL_SHIFT = "level_shift";
    public static final String PARTNER_SWITCH = "partner_switch";
    public static final String NEW_PARTNER = "new_partner";
    public static final String PRICE_JUMP = "price_jump";

    static final String[] COUNTRIES = ("CN,US,JP,KR,TW,IN,VN,TH,MY,ID,PH,SG,HK,TR,CH,NO,GB,CA,MX,BR,AR,CL,PE,ZA,MA,EG,"
            + "NG,KE,CD,ZM,ZW,MZ,MG,AU,NZ,RU,UA,BY,KZ,UZ,RS,BA,MK,AL,IL,SA,AE,QA,IR,PK,BD,LK,MM,KH,LA,MN,CO,EC,BO,"
            + "UY,PY,VE,CU,DO,GT,CR,PA,TN,DZ,GH,CI,SN,CM,ET,TZ,UG,RW,AO,NA,BW,GA,IS,GE,AM,AZ,MD,XK,ME,KG,TJ,JO,LB,"
            + "OM,KW,BH,NP,BN,PG,FJ").split(",");
    static final String[] EU = "DE,FR,NL,IT,ES,PL,AT,SE,CZ,FI,DK,IE,PT,HU,SK,RO,BG,SI,HR,LT,LV,EE,LU,GR,CY,MT,BE".split(",");

    private ComextFixtureGenerator() {
    }

    /**
     * {@code java -cp cambium-bench.jar be.cambium.bench.trade.ComextFixtureGenerator DIR [legacy] [gzip]}:
     * writes the default fixture (3 reporters, 96 months) and its truth into DIR.
     */
    public static void main(String[] args) throws IOException {
        Settings d = Settings.defaults();
        List<String> opts = List.of(args).subList(Math.min(1, args.length), args.length);
        Settings s = new Settings(d.seed(), d.reporters(), d.start(), d.months(), d.fillerCodes(), d.partners(), d.noise(),
                d.eventShare(), opts.contains("legacy"), opts.contains("gzip"));
        List<Path> files = write(Path.of(args.length > 0 ? args[0] : "target/comext-fixture"), s, TradeBaskets.bundled());
        System.out.println("wrote " + files.size() + " monthly files and truth.csv to " + files.get(0).getParent());
    }

    private static final class Series {
        String reporter;
        String basket;
        int flow;
        double level;
        double[] season = new double[12];
        List<String> partners = new ArrayList<>();
        double[] shares;
        String event;
        int eventMonth;
        double magnitude;
        String switchTo;
        double unitValue;
    }

    /** Writes the monthly files and {@code truth.csv} into {@code dir}; returns the files in month order. */
    public static List<Path> write(Path dir, Settings s, TradeBaskets baskets) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom rnd = new SplittableRandom(s.seed());
        Map<String, String> labels = baskets.labels();
        List<String> partnerPool = new ArrayList<>();
        for (int i = 0; i < Math.min(s.partners(), COUNTRIES.length); i++) {
            partnerPool.add(COUNTRIES[i]);
        }
        List<Series> series = new ArrayList<>();
        List<Event> truth = new ArrayList<>();
        String[] types = {LEVEL_SHIFT, PARTNER_SWITCH, NEW_PARTNER, PRICE_JUMP};
        for (String rep : s.reporters()) {
            for (String b : labels.keySet()) {
                for (int flow = 1; flow <= 2; flow++) {
                    Series x = new Series();
                    x.reporter = rep;
                    x.basket = b;
                    x.flow = flow;
                    x.level = Math.exp(14 + 2.5 * rnd.nextDouble()); // EUR 1.2 M .. 15 M a month
                    x.unitValue = Math.exp(1 + 4 * rnd.nextDouble());
                    double amp = 0.05 + 0.10 * rnd.nextDouble();
                    double phase = rnd.nextDouble() * 2 * Math.PI;
                    for (int m = 0; m < 12; m++) {
                        x.season[m] = Math.exp(amp * Math.sin(2 * Math.PI * m / 12 + phase));
                    }
                    int k = 4 + rnd.nextInt(6);
                    List<String> pool = new ArrayList<>(partnerPool);
                    for (String eu : EU) {
                        if (!eu.equals(rep)) {
                            pool.add(eu);
                        }
                    }
                    for (int i = 0; i < k; i++) {
                        x.partners.add(pool.remove(rnd.nextInt(pool.size())));
                    }
                    x.shares = new double[k];
                    double top = 0.4 + 0.3 * rnd.nextDouble();
                    x.shares[0] = top;
                    double rest = 0;
                    double[] w = new double[k];
                    for (int i = 1; i < k; i++) {
                        w[i] = 0.2 + rnd.nextDouble();
                        rest += w[i];
                    }
                    for (int i = 1; i < k; i++) {
                        x.shares[i] = (1 - top) * w[i] / rest;
                    }
                    if (rnd.nextDouble() < s.eventShare()) {
                        x.event = types[rnd.nextInt(types.length)];
                        x.eventMonth = 36 + rnd.nextInt(s.months() - 42); // room for history and aftermath
                        YearMonth when = s.start().plusMonths(x.eventMonth);
                        switch (x.event) {
                            case LEVEL_SHIFT -> x.magnitude = rnd.nextBoolean() ? 1.8 + 0.7 * rnd.nextDouble() : 0.4 + 0.15 * rnd.nextDouble();
                            case PARTNER_SWITCH -> {
                                x.magnitude = 0.30 + 0.15 * rnd.nextDouble();
                                x.switchTo = pool.remove(rnd.nextInt(pool.size()));
                            }
                            case NEW_PARTNER -> {
                                x.magnitude = 0.15 + 0.15 * rnd.nextDouble();
                                x.switchTo = pool.remove(rnd.nextInt(pool.size()));
                            }
                            default -> x.magnitude = 1.6 + 0.6 * rnd.nextDouble();
                        }
                        truth.add(new Event(rep, b, flow == 1 ? "import" : "export", x.event, when, x.magnitude));
                    }
                    series.add(x);
                }
            }
        }
        // filler codes: 8-digit codes outside every basket
        int[] filler = new int[s.fillerCodes()];
        java.util.Set<String> inBaskets = baskets.allCodes();
        for (int i = 0; i < filler.length; i++) {
            int c;
            do {
                c = 1010000 + rnd.nextInt(97000000 - 1010000);
            } while (inBaskets.contains(String.format("%08d", c)));
            filler[i] = c;
        }
        Map<String, List<BasketCode>> codesByBasket = new LinkedHashMap<>();
        for (BasketCode c : baskets.codes()) {
            codesByBasket.computeIfAbsent(c.basket(), k -> new ArrayList<>()).add(c);
        }
        List<Path> files = new ArrayList<>();
        for (int m = 0; m < s.months(); m++) {
            YearMonth ym = s.start().plusMonths(m);
            int period = ym.getYear() * 100 + ym.getMonthValue();
            String name = (s.legacyLayout() ? "nc" : "full_v2_") + period + ".dat" + (s.gzip() ? ".gz" : "");
            Path f = dir.resolve(name);
            try (OutputStream os = Files.newOutputStream(f);
                 Writer w = new BufferedWriter(new OutputStreamWriter(s.gzip() ? new GZIPOutputStream(os, 1 << 16) : os,
                         StandardCharsets.US_ASCII), 1 << 16)) {
                w.write(header(s.legacyLayout()));
                for (Series x : series) {
                    writeSeries(w, x, m, ym, period, codesByBasket.get(x.basket), rnd, s);
                }
                for (String rep : s.reporters()) {
                    int rows = filler.length / 4;
                    for (int i = 0; i < rows; i++) {
                        int code = filler[rnd.nextInt(filler.length)];
                        String partner = partnerPool.get(rnd.nextInt(partnerPool.size()));
                        double v = Math.floor(Math.exp(6 + 6 * rnd.nextDouble()));
                        row(w, s.legacyLayout(), rep, partner, code, 1 + rnd.nextInt(2), period, v, Math.floor(v / 7));
                    }
                }
            }
            files.add(f);
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("truth.csv"), StandardCharsets.UTF_8)) {
            w.write("reporter,basket,flow,event,period,magnitude\n");
            for (Event e : truth) {
                w.write(String.format(Locale.ROOT, "%s,%s,%s,%s,%s,%.3f%n", e.reporter(), e.basket(), e.flow(), e.type(),
                        e.period(), e.magnitude()));
            }
        }
        return files;
    }

    private static void writeSeries(Writer w, Series x, int m, YearMonth ym, int period, List<BasketCode> codes,
                                    SplittableRandom rnd, Settings s) throws IOException {
        boolean after = x.event != null && m >= x.eventMonth;
        double total = x.level * x.season[ym.getMonthValue() - 1] * Math.exp(s.noise() * rnd.nextGaussian());
        double uv = x.unitValue * Math.exp(0.03 * rnd.nextGaussian());
        if (after && x.event.equals(LEVEL_SHIFT)) {
            total *= x.magnitude;
        }
        if (after && x.event.equals(PRICE_JUMP)) {
            uv *= x.magnitude;
            total *= x.magnitude; // same tonnage at a higher price
        }
        List<String> partners = new ArrayList<>(x.partners);
        List<Double> shares = new ArrayList<>();
        for (double sh : x.shares) {
            shares.add(sh);
        }
        if (after && x.event.equals(PARTNER_SWITCH)) {
            shares.set(0, shares.get(0) - x.magnitude);
            partners.add(x.switchTo);
            shares.add(x.magnitude);
        }
        if (after && x.event.equals(NEW_PARTNER)) {
            for (int i = 0; i < shares.size(); i++) {
                shares.set(i, shares.get(i) * (1 - x.magnitude));
            }
            partners.add(x.switchTo);
            shares.add(x.magnitude);
        }
        // a small confidential slice in some months
        if (rnd.nextDouble() < 0.3) {
            partners.add(x.flow == 1 ? "QZ" : "QY");
            shares.add(0.01 + 0.02 * rnd.nextDouble());
        }
        List<BasketCode> valid = codes.stream().filter(c -> c.validIn(ym.getYear())).toList();
        if (valid.isEmpty()) {
            return;
        }
        for (int p = 0; p < partners.size(); p++) {
            double pv = total * shares.get(p) * Math.exp(0.05 * rnd.nextGaussian());
            for (int c = 0; c < valid.size(); c++) {
                double part = pv / valid.size();
                double v = Math.floor(part);
                if (v <= 0) {
                    continue;
                }
                row(w, s.legacyLayout(), x.reporter, partners.get(p), Integer.parseInt(valid.get(c).cn8()), x.flow, period,
                        v, Math.max(1, Math.floor(v / uv)));
            }
        }
    }

    static String header(boolean legacy) {
        return legacy
                ? "DECLARANT,DECLARANT_ISO,PARTNER,PARTNER_ISO,TRADE_TYPE,PRODUCT_NC,PRODUCT_SITC,PRODUCT_CPA2002,PRODUCT_CPA2008,"
                + "PRODUCT_CPA2_1,PRODUCT_BEC,PRODUCT_SECTION,FLOW,STAT_REGIME,SUPP_UNIT,PERIOD,VALUE_IN_EUROS,QUANTITY_IN_KG,SUP_QUANTITY\n"
                : "REPORTER,PARTNER,TRADE_TYPE,PRODUCT_NC,PRODUCT_SITC,PRODUCT_CPA21,PRODUCT_CPA22,PRODUCT_BEC,PRODUCT_BEC5,"
                + "PRODUCT_SECTION,FLOW,STAT_PROCEDURE,SUPPL_UNIT,PERIOD,VALUE_EUR,VALUE_NAC,QUANTITY_KG,QUANTITY_SUPPL_UNIT\n";
    }

    private static boolean isEu(String p) {
        for (String e : EU) {
            if (e.equals(p)) {
                return true;
            }
        }
        return p.equals("QY");
    }

    static void row(Writer w, boolean legacy, String reporter, String partner, int code, int flow, int period,
                    double value, double kg) throws IOException {
        String tt = isEu(partner) ? "I" : "E";
        String cn = String.format("%08d", code);
        long v = (long) value;
        long q = (long) kg;
        if (legacy) {
            w.write("000," + reporter + ",000," + partner + "," + tt + "," + cn + ",00000,x,x,x,00,00," + flow + ",1,NO_SU,"
                    + period + "," + v + "," + q + ",0\n");
        } else {
            w.write(reporter + "," + partner + "," + tt + "," + cn + ",00000,C00,C00,00,000,00," + flow + ",1,NO_SU," + period
                    + "," + v + "," + v + "," + q + ",0\n");
        }
    }

    /**
     * One month in the shape of a real {@code full_v2} bulk file: {@code rows} rows over the 27 EU
     * reporters, about 9,000 CN8 codes (the bundled baskets' codes valid that year among them, at a
     * realistic frequency), the partner pool plus EU partners and confidential codes, both flows.
     */
    public static void writeBulkMonth(Path file, int rows, YearMonth month, long seed, TradeBaskets baskets) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        int period = month.getYear() * 100 + month.getMonthValue();
        List<Integer> codes = new ArrayList<>();
        for (BasketCode c : baskets.codes()) {
            if (c.validIn(month.getYear())) {
                codes.add(Integer.parseInt(c.cn8()));
            }
        }
        int basketCodes = codes.size();
        while (codes.size() < 9000) {
            codes.add(1010000 + rnd.nextInt(97000000 - 1010000));
        }
        List<String> partners = new ArrayList<>(List.of(COUNTRIES));
        partners.addAll(List.of(EU));
        partners.addAll(List.of("QZ", "QY", "QV", "QW"));
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.US_ASCII), 1 << 20)) {
            w.write(header(false));
            for (int i = 0; i < rows; i++) {
                String rep = EU[rnd.nextInt(EU.length)];
                // basket codes get ~3 % of the rows, the rest is spread over the other codes
                int code = rnd.nextInt(100) < 3 ? codes.get(rnd.nextInt(basketCodes)) : codes.get(basketCodes + rnd.nextInt(codes.size() - basketCodes));
                String partner = partners.get(rnd.nextInt(partners.size()));
                double v = Math.floor(Math.exp(4 + 9 * rnd.nextDouble()));
                row(w, false, rep, partner, code, 1 + rnd.nextInt(2), period, v, Math.floor(v / (1 + 30 * rnd.nextDouble())));
            }
        }
    }
}
