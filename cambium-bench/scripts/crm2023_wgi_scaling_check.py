#!/usr/bin/env python3
"""How well alternative WGI scalings and WGI year windows reproduce the published 2023 SR from the bundled eu-crm-2023
package (shares, t, IR, EOL-RIR, SI_SR, supply modes). A plain re-implementation of the SR formula for this check
only (censored shares 0.0005, missing WGI 5.0, GS+EU without EU sourcing -> GS, SR = max over stages, individual
materials only); the engine's own reproduction is Crm2023SrReferenceTest.
Run from the repository root:  python3 cambium-bench/scripts/crm2023_wgi_scaling_check.py ../shared/data"""
import csv, sys

SHARED = sys.argv[1] if len(sys.argv) > 1 else '../shared/data'
D = 'cambium-app/src/main/resources/data/eu-crm-2023/'
ALIAS = {'Natural Rubber': 'Natural rubber', 'Natural Teak wood': 'Natural teak wood', 'Kaolin clay': 'Kaolin'}
DIMS = ('VA', 'PV', 'GE', 'RQ', 'RL', 'CC')

shares = {}
for r in csv.DictReader(open(D + 'supply_shares.csv', encoding='utf-8')):
    s = 0.0005 if r['censored'] == 'true' else float(r['share'])
    shares.setdefault((r['material'], r['stage'], r['scope']), []).append((r['country'], s, float(r['t']) if r['t'] else 1.0))
stages = {(r['material'], r['stage']): r for r in csv.DictReader(open(D + 'material_stage.csv', encoding='utf-8')) if r['scope'] == 'EU'}
published = {ALIAS.get(r['material'], r['material']): float(r['sr'])
             for r in csv.DictReader(open(D + 'published_scores.csv', encoding='utf-8')) if r['year'] == '2023' and r['sr']}

iso3 = {}
with open('cambium-core/src/main/resources/be/cambium/classification/countries.csv', encoding='utf-8') as f:
    for r in csv.DictReader(l for l in f if not l.startswith('#')):
        iso3[r['iso3']] = r['code']
est = {}
with open(SHARED + '/wgi/WGIData.csv', encoding='utf-8-sig') as f:
    for r in csv.DictReader(f):
        code, (dim, _, meas) = iso3.get(r['Country Code']), r['Indicator Code'].partition('.')
        if code and meas == 'EST' and dim in DIMS:
            for y in range(2010, 2023):
                if r.get(str(y)):
                    est.setdefault((code, y), {})[dim] = float(r[str(y)])

def raw_means(years):
    out = {}
    for c in {c for v in shares.values() for c, _, _ in v}:
        m = [sum(est[(c, y)].values()) / 6 for y in years if len(est.get((c, y), {})) == 6]
        if m:
            out[c] = sum(m) / len(m)
    return out

def score(scaled):
    def hhi(k):
        return None if k not in shares else sum(s * s * scaled.get(c, 5.0) * t for c, s, t in shares[k])
    n = ok = 0
    dev = 0.0
    for m, p in published.items():
        srs = []
        for st in 'EP':
            r = stages.get((m, st))
            if not r or not r['eol_rir'] or not r['si_sr']:
                continue
            gs, eu = hhi((m, st, 'GS')), hhi((m, st, 'EU'))
            mode = 'GS' if r['supply_mode'] == 'GS+EU' and eu is None else r['supply_mode']
            ir = float(r['ir']) if r['ir'] else None
            if mode == 'GS':
                core = gs
            elif mode == 'EU':
                core = eu
            else:
                core = None if gs is None or ir is None else gs * ir / 2 + eu * (1 - ir / 2)
            if core is not None:
                srs.append(core * (1 - float(r['eol_rir'])) * float(r['si_sr']))
        if srs:
            d = abs(round(max(srs), 2) - p)
            n, ok, dev = n + 1, ok + (d <= 0.15 + 1e-9), dev + d
    return ok, n, dev / n

base = raw_means(range(2016, 2021))
lo, hi = min(base.values()), max(base.values())
ranked = sorted(base.values())
for name, f in (('5 - 2 x mean', lambda x: max(0.0, min(10.0, 5 - 2 * x))),
                ('min-max over the countries with a share', lambda x: 10 * (hi - x) / (hi - lo)),
                ('percentile rank', lambda x: 10 * (1 - sum(1 for y in ranked if y <= x) / len(ranked)))):
    ok, n, dev = score({c: f(x) for c, x in base.items()})
    print('WGI 2016-2020, %-40s within 0.15: %d/%d, mean |d| %.3f' % (name, ok, n, dev))
for y0 in range(2012, 2019):
    ok, n, dev = score({c: max(0.0, min(10.0, 5 - 2 * x)) for c, x in raw_means(range(y0, y0 + 5)).items()})
    print('WGI %d-%d, 5 - 2 x mean: within 0.15: %d/%d, mean |d| %.3f' % (y0, y0 + 4, ok, n, dev))
