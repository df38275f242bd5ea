#!/usr/bin/env python3
"""Writes the bundled criticality packages cambium-app/src/main/resources/data/eu-crm-2023 and be-crm
from the published tables (shared fixtures: EU CRM 2023 study transcription, WGI 2023 update, OECD IOT
Belgium 2020). Run from the repository root:  python3 cambium-bench/scripts/build_crm_packages.py ../shared/data
Every row keeps a source id declared in datapackage.json; nothing is estimated or filled in."""
import csv, io, json, os, sys, unicodedata
from decimal import Decimal

SHARED = sys.argv[1] if len(sys.argv) > 1 else '../shared/data'
OUT = 'cambium-app/src/main/resources/data'
CRM = os.path.join(SHARED, 'eu-crm-2023')

# material names of the supply and end-use tables -> the names of the SR/EI table (Annex 4)
MATERIAL = {'Barytes': 'Baryte', 'Borate': 'Boron', 'Natural Graphite': 'Natural graphite',
            'Phosphate Rock': 'Phosphate rock', 'Phosphorous': 'Phosphorus', 'Natural Rubber': 'Natural rubber'}
ALIASES = {'brasilia': 'BR', 'brasil': 'BR', 'turkyie': 'TR', 'turkiye': 'TR', 'libanon': 'LB', 'surinam': 'SR',
           'south korea': 'KR', 'korea, south': 'KR', 'korea, north': 'KP', 'congo, d.r.': 'CD', 'laos': 'LA',
           'cape verde': 'CV', 'hongkong': 'HK'}

def key(s):
    s = unicodedata.normalize('NFD', s.strip())
    return ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower().replace('\u2019', "'")

countries, iso3 = {}, {}
with open('cambium-core/src/main/resources/be/cambium/classification/countries.csv', encoding='utf-8') as f:
    for r in csv.DictReader(l for l in f if not l.startswith('#')):
        countries[key(r['name'])] = r['code']
        iso3[r['iso3']] = r['code']
for k, v in ALIASES.items():
    countries[k] = v
EU27 = {'AT','BE','BG','HR','CY','CZ','DK','EE','FI','FR','DE','EL','HU','IE','IT','LV','LT','LU','MT','NL','PL','PT','RO','SK','SI','ES','SE'}

def mat(s):
    s = ' '.join(s.split())
    return MATERIAL.get(s, s)

def read(name):
    with io.open(os.path.join(CRM, name), encoding='cp1252', newline='') as f:
        return list(csv.DictReader(f))

def num(x):
    return ('%.6f' % x).rstrip('0').rstrip('.')

shares, notes = [], []
for fname, scope in (('fact_GlobalSupplySharesandt.csv', 'GS'), ('fact_EUSupplySharesandt.csv', 'EU')):
    for r in read(fname):
        code = countries.get(key(r['Country']))
        if code is None:
            raise SystemExit('unknown country ' + r['Country'])
        s = r['Share'].strip()
        cens = s.startswith('<') or s.startswith('>')
        if cens:
            val = ''
        else:
            if not s.endswith('%'):
                notes.append('%s %s %s %s: printed "%s" without %% sign, read as %s %%' % (scope, r['Material'], r['Stage'], r['Country'], s, s))
            val = num(float(s.rstrip('%')) / 100)
        shares.append([mat(r['Material']), r['Stage'], scope, code, val, num(float(r['t'])), 'true' if cens else 'false',
                       'crm2023-app7-gs' if scope == 'GS' else 'crm2023-app7-eu'])

uses, va = [], {}
for r in read('fact_MaterialUseShares.csv'):
    label = ' '.join(r['NACE sector'].split())
    code = label.split(' - ')[0].strip() if ' - ' in label else ''
    s = r['Share'].strip()
    share = '' if s.startswith('>') or s.startswith('<') else num(float(s.rstrip('%')) / 100)
    if share == '':
        notes.append('end use %s / %s printed "%s": left empty (missing)' % (r['Material'], r['Application'], s))
    row = [mat(r['Material']), ' '.join(r['Application'].split()), share, code, 'crm2023-app6']
    if row in uses:
        notes.append('end use %s / %s %s %s: exact repeat of the previous row (sum would exceed 100 %%), dropped' % (row[0], row[1], s, code))
        continue
    uses.append(row)
    v = list(r.values())[-1].strip()
    if code and v:
        if code in va and va[code] != float(v):
            notes.append('end use %s / %s: NACE %s printed with value added %s, but %s elsewhere; the value added of %s is taken from its first row' % (r['Material'], r['Application'], code, v, num(va[code]), code))
        va.setdefault(code, float(v))

stages = sorted({(s[0], s[1]) for s in shares})

# WGI 2023 update, raw estimates and standard errors, 2016-2020, countries that carry a share
wanted = {s[3] for s in shares}
years = ['2016', '2017', '2018', '2019', '2020']
wgi = {}
with io.open(os.path.join(SHARED, 'wgi', 'WGIData.csv'), encoding='utf-8-sig', newline='') as f:
    for r in csv.DictReader(f):
        code = iso3.get(r['Country Code'])
        ind = r['Indicator Code']
        dim, _, meas = ind.partition('.')
        if code not in wanted or meas not in ('EST', 'STD.ERR') or dim not in ('VA','PV','GE','RQ','RL','CC'):
            continue
        for y in years:
            wgi.setdefault((code, y), {})[dim.lower() + ('' if meas == 'EST' else '_se')] = r[y]
wgi_rows = []
for (code, y), d in sorted(wgi.items()):
    est = [d.get(k, '') for k in ('va','pv','ge','rq','rl','cc')]
    if all(e == '' for e in est):
        continue
    wgi_rows.append([code, y] + est + [d.get(k + '_se', '') for k in ('va','pv','ge','rq','rl','cc')] + ['wgi-2023'])
missing_wgi = sorted(wanted - {r[0] for r in wgi_rows})

groups = [['PGM', m] for m in ('Iridium','Palladium','Platinum','Rhodium','Ruthenium')] + \
         [['LREE', m] for m in ('Cerium','Lanthanum','Neodymium','Praseodymium','Samarium')] + \
         [['HREE', m] for m in ('Dysprosium','Erbium','Europium','Gadolinium','Holmium','Lutetium','Terbium','Thulium','Ytterbium','Yttrium')]

# Belgian value added 2020 by NACE division from the OECD IOT (VALU row); only one-to-one or summable codes
be_va = {}
with open(os.path.join(SHARED, 'belgium-iot-2020', 'BEL2020ttl.csv'), encoding='utf-8') as f:
    rows = list(csv.reader(f))
hdr = rows[0]
valu = next(r for r in rows if r[0] == 'VALU')
v = dict(zip(hdr[1:], map(float, valu[1:])))
be_map = {'C19': ['D19'], 'C20': ['D20'], 'C21': ['D21'], 'C22': ['D22'], 'C23': ['D23'], 'C24': ['D24A', 'D24B'],
          'C25': ['D25'], 'C26': ['D26'], 'C27': ['D27'], 'C28': ['D28'], 'C29': ['D29'], 'C30': ['D301', 'D302T309'],
          'B09': ['D09']}
for nace, cols in be_map.items():
    be_va[nace] = sum(v[c] for c in cols)

SRC = {
 'crm2023-app7-gs': dict(title='European Commission, Study on the critical raw materials for the EU 2023 - Final Report, Appendix 7 (p. 78): global supply shares and trade variable t, as transcribed by E. Emilsson (fact_GlobalSupplyShares&t.csv)', path='https://github.com/erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets', datasetCode='doi:10.2873/725585', vintage='2023 study; transcription commit 59383504 (2024-12-02)', retrieved='2026-11-29'),
 'crm2023-app7-eu': dict(title='European Commission, Study on the critical raw materials for the EU 2023 - Final Report, Appendix 7 (p. 78): EU sourcing shares (>= 1 %) and t, as transcribed by E. Emilsson (fact_EUSupplyShares&t.csv)', path='https://github.com/erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets', datasetCode='doi:10.2873/725585', vintage='2023 study; transcription commit 59383504 (2024-12-02)', retrieved='2026-11-29'),
 'crm2023-app6': dict(title='European Commission, Study on the critical raw materials for the EU 2023 - Final Report, Appendix 6 (p. 64): material use shares, NACE sectors and their value added, as transcribed by E. Emilsson (fact_MaterialUseShares.csv)', path='https://github.com/erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets', datasetCode='doi:10.2873/725585', vintage='2023 study; transcription commit 59383504 (2024-12-02)', retrieved='2026-11-29'),
 'wgi-2023': dict(title='Kaufmann, D. and A. Kraay, Worldwide Governance Indicators, 2023 update (World Bank): estimates and standard errors of the six dimensions, 2016-2020', path='https://www.worldbank.org/en/publication/worldwide-governance-indicators', datasetCode='WGIData.csv', vintage='2023 update (data to 2022)', retrieved='2026-11-29'),
 'crm2017-groups': dict(title='Deloitte, BGS, BRGM, TNO, Study on the review of the list of Critical Raw Materials - Criticality Assessments (2017): group members of PGMs, LREEs and HREEs (scandium assessed separately)', path='https://op.europa.eu/en/publication-detail/-/publication/08fdab5f-9766-11e7-b92d-01aa75ed71a1', datasetCode='doi:10.2873/876644', vintage='June 2017', retrieved='2026-11-29'),
 'oecd-iot-bel-2020': dict(title='OECD Input-Output Tables, Belgium 2020, total flows, value added (VALU row) by ISIC Rev.4 industry, as re-hosted by rOpenGov/iotables (data-raw/BEL2020ttl.csv); unit million USD, current prices (per the OECD IOT convention, not stated in the file)', path='https://github.com/rOpenGov/iotables', datasetCode='OECD IOT 2021 ed., BEL 2020', vintage='iotables commit 84e420fc (2025-11-23)', retrieved='2026-11-29'),
}

def field(name, typ, desc='', required=False):
    f = {'name': name, 'type': typ}
    if desc: f['description'] = desc
    if required: f['constraints'] = {'required': True}
    return f

def bounded(name, desc):
    f = field(name, 'number', desc)
    f['constraints'] = {'minimum': 0, 'maximum': 1}
    return f

RES = {
 'supply_shares': [field('material','string',required=True), field('stage','string','E extraction, P processing',True), field('scope','string','GS global supply, EU EU sourcing, BE Belgian sourcing',True), field('country','string','Eurostat GEO code',True), field('share','number','fraction in [0, 1]; empty when printed as a bound (censored)'), field('t','number','trade variable'), field('censored','boolean','true when printed as <0.1 % or >0 %'), field('source','string',required=True)],
 'wgi': [field('country','string',required=True), field('year','integer',required=True)] + [field(d,'number','WGI estimate') for d in ('va','pv','ge','rq','rl','cc')] + [field(d+'_se','number','standard error') for d in ('va','pv','ge','rq','rl','cc')] + [field('source','string',required=True)],
 'material_stage': [field('material','string',required=True), field('stage','string',required=True), field('ir','number','import reliance, fraction; empty: not sourced'), field('eol_rir','number','EOL-RIR, fraction; empty: not sourced'), field('si_sr','number','empty: not sourced'), field('supply_mode','string','GS+EU, GS or EU; empty: GS+EU'), field('scope','string','EU: the 2023 EU inputs (crm2023-critmat); empty: the stage for any scope, no inputs')]
   + [bounded(c + '_' + e, 'Monte Carlo range: printing precision of the transcribed ' + c + ' (its value +/- half a unit of its last printed digit, clamped to [0, 1]); not the study\'s uncertainty; empty: fixed') for c in ('ir', 'eol_rir', 'si_sr') for e in ('min', 'max')]
   + [field('source','string','where the material and stage come from',True)],
 'si_ei': [field('material','string',required=True), field('si_ei','number','SI(EI) of 2023',True), bounded('si_ei_min','Monte Carlo range: printing precision of the transcribed si_ei (its value - half a unit of its last printed digit); not the study\'s uncertainty; empty: fixed'), bounded('si_ei_max','Monte Carlo range: printing precision of the transcribed si_ei (its value + half a unit of its last printed digit, at most 1); not the study\'s uncertainty; empty: fixed'), field('ei_published','number','published 2023 EI (Annex 4), given only for materials without end uses in the package: the EU EI is then carried as given (EU runs only, never as the Belgian EI); empty: EI is computed from the end uses'), field('ei_published_source','string','source id of ei_published; empty when ei_published is empty'), field('source','string','source of si_ei and its range',True)],
 'end_uses': [field('material','string',required=True), field('application','string',required=True), field('share','number','fraction; empty when printed as a bound'), field('nace','string','NACE Rev. 2 division; empty when unallocated'), field('source','string',required=True)],
 'value_added': [field('scope','string',required=True), field('nace','string',required=True), field('value','number',required=True), field('unit','string',required=True), field('source','string',required=True)],
 'groups': [field('group','string',required=True), field('member','string',required=True), field('source','string',required=True)],
 'published_scores': [field('material','string',required=True), field('year','integer',required=True), field('sr','number','published SR; empty when not assessed'), field('ei','number','published EI; empty when not assessed'), field('source','string',required=True)],
}

def write_pkg(name, title, description, tables, sources, keep_others=False):
    """keep_others: resources and sources of the existing datapackage.json that this script does not write (be-crm's
    material_cn and be_production, added with `criticality --trade`) are carried over unchanged, after the script's own."""
    d = os.path.join(OUT, name)
    os.makedirs(d, exist_ok=True)
    resources = []
    for res, rows in tables.items():
        cols = [f['name'] for f in RES[res]]
        with open(os.path.join(d, res + '.csv'), 'w', encoding='utf-8', newline='') as f:
            w = csv.writer(f, lineterminator='\n')
            w.writerow(cols)
            w.writerows(rows)
        resources.append({'name': res, 'path': res + '.csv', 'format': 'csv', 'mediatype': 'text/csv', 'encoding': 'utf-8',
                          'schema': {'fields': RES[res]}})
    srcs = [dict(id=k, **SRC[k]) for k in sources]
    if keep_others and os.path.exists(os.path.join(d, 'datapackage.json')):
        with open(os.path.join(d, 'datapackage.json'), encoding='utf-8') as f:
            old = json.load(f)
        resources += [r for r in old['resources'] if r['name'] not in tables]
        srcs += [x for x in old['sources'] if x['id'] not in sources]
    desc = {'name': name, 'title': title, 'version': '2026.11.29', 'description': description,
            'licenses': [{'name': 'CC-BY-4.0', 'path': 'https://creativecommons.org/licenses/by/4.0/', 'title': 'This compilation; cite the row-level sources'}],
            'sources': srcs, 'resources': resources}
    with open(os.path.join(d, 'datapackage.json'), 'w', encoding='utf-8') as f:
        json.dump(desc, f, indent=2, ensure_ascii=False)
        f.write('\n')

stage_rows = [[m, s, '', '', '', '', ''] + [''] * 6 + ['crm2023-app7-gs'] for m, s in stages]

def printed_range(text, per=1, hi=Decimal(1)):
    """Monte Carlo range of a transcribed value: the value +/- half a unit of its last printed digit, read from the text
    itself ("34" % -> +/- 0.005, "0.9" -> +/- 0.05, "0.86" -> +/- 0.005), divided by per (100 for percentages) and clamped
    to [0, hi]. Printing precision only, not the study's uncertainty. Empty text: no range."""
    t = text.strip().rstrip('%').strip()
    if t == '':
        return ['', '']
    v = Decimal(t)
    half = Decimal(5).scaleb(v.as_tuple().exponent - 1)
    lo, up = max(Decimal(0), (v - half) / per), min(hi, (v + half) / per)
    return [format(x.normalize(), 'f') for x in (lo, up)]

# IR, EOL-RIR, SI_SR, supply modes and SI_EI of the 2023 assessment: CritMAT's transcription of the study (secondary;
# see cambium-bench/scripts/crm2023-critmat/SOURCE.md). Written as rows with scope EU, beside the stage rows with an
# empty scope, so that a Belgian run (scope BE) does not take the EU import reliance for IR_BE.
CRITMAT = 'cambium-bench/scripts/crm2023-critmat/eureport_results.csv'
CRITMAT_NAME = {'Lime': 'Limestone', 'Natural Rubber': 'Natural rubber', 'Natural Teak wood': 'Natural teak wood',
                'Silica Sand': 'Silica sand', 'Sulfur': 'Sulphur', 'Talc, Steatite & Pyrophyllite': 'Talc'}
CRITMAT_MODE = {'GS+EU': 'GS+EU', 'GSonly': 'GS', 'EUonly': 'EU'}
CRITMAT_GROUPS = {'HREE', 'LREE', 'PGM'}
eu_stage_rows, si_ei_rows, seen_cm = [], [], set()
stage_set = set(stages)
with open(CRITMAT, encoding='utf-8', newline='') as f:
    for r in csv.DictReader(f):
        name = r['material_name']
        if name in CRITMAT_GROUPS:
            notes.append('CritMAT group row %s not used (group scores are means of the members)' % name)
            continue
        if name in seen_cm:
            notes.append('CritMAT row %s repeated: read once' % name)
            continue
        seen_cm.add(name)
        m = CRITMAT_NAME.get(name, name)
        pct = lambda x: '' if x.strip() == '' else num(float(x) / 100)
        eol, si_sr = pct(r['end_of_life']), r['si_sr'].strip()
        for st, mode_col, ir_col in (('E', 'eu_used_supply_primary', 'import_reliance_primary'),
                                     ('P', 'eu_used_supply_refined', 'import_reliance_refined')):
            if st not in r['eu_stages']:
                continue
            mode = CRITMAT_MODE.get(r[mode_col].strip())
            if mode is None:
                notes.append('CritMAT %s %s: supply-mode cell "%s" is not a mode; stage not read' % (m, st, r[mode_col]))
                continue
            if (m, st) not in stage_set:
                notes.append('CritMAT %s %s: no supply shares for this stage in the package; not written' % (m, st))
                continue
            eu_stage_rows.append([m, st, pct(r[ir_col]), eol, si_sr, mode, 'EU'] + printed_range(r[ir_col], 100)
                                 + printed_range(r['end_of_life'], 100) + printed_range(si_sr) + ['crm2023-critmat'])
        if r['si_ei'].strip():
            si_ei_rows.append([m, r['si_ei'].strip()] + printed_range(r['si_ei']) + ['', '', 'crm2023-critmat'])
        else:
            notes.append('CritMAT %s: SI_EI empty' % m)
for m, st in stages:
    if not any(e[0] == m and e[1] == st for e in eu_stage_rows):
        notes.append('no 2023 IR/EOL-RIR/SI_SR for %s %s' % (m, st))
stage_rows = sorted(stage_rows + eu_stage_rows, key=lambda x: (x[0], x[1], x[6]))
si_ei_rows.sort()
va_eu = [['EU', k, num(x), 'MEUR', 'crm2023-app6'] for k, x in sorted(va.items())]
published = [[' '.join(r['Material'].split()), r['Year'], '' if r['SR'].strip() == '-' else r['SR'].strip(), '' if r['EI'].strip() == '-' else r['EI'].strip(), 'crm2023-annex4'] for r in read('dimension_CRMsOverTime.csv')]
# The published 2023 EI (Annex 4) of the materials without end uses in the Appendix 6 transcription, whose EI cannot be
# recomputed: carried as given by the engine in EU runs (flag EI_PUBLISHED), never as the Belgian EI. Materials with end
# uses keep ei_published empty (the engine would ignore it anyway). Names matched case-insensitively ("Natural Teak wood").
ei_2023 = {key(p[0]): p[3] for p in published if p[1] == '2023' and p[3] != ''}
with_uses = {u[0] for u in uses}
n_ei_published = 0
for row in si_ei_rows:
    if row[0] in with_uses:
        continue
    ei = ei_2023.get(key(row[0]))
    if ei is None:
        notes.append('%s: no end uses and no 2023 EI in Annex 4; EI stays missing' % row[0])
        continue
    row[4], row[5] = ei, 'crm2023-annex4'
    n_ei_published += 1
SRC['crm2023-annex4'] = dict(title='European Commission, Study on the critical raw materials for the EU 2023 - Final Report, Annex 4 (pp. 61-62): SR and EI of the 2011, 2014, 2017, 2020 and 2023 assessments, as transcribed by E. Emilsson (dimension_CRMsOverTime.csv)', path='https://github.com/erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets', datasetCode='doi:10.2873/725585', vintage='2023 study; transcription commit 59383504 (2024-12-02)', retrieved='2026-11-29')
SRC['crm2023-critmat'] = dict(title='European Commission, Study on the critical raw materials for the EU 2023 - Final Report: per-material import reliance by stage, EOL-RIR, SI_SR, SI_EI and supply data used, as transcribed by O. Meyer and A. Pehlken in CritMAT (input_data/seeds/eureport_results.csv; secondary transcription, the study\'s table and page are not named; SR and EI agree with Annex 4 except aluminium and the SR of silicon metal)', path='https://github.com/meyerdata/CritMAT', datasetCode='doi:10.2873/725585', vintage='2023 study; transcription commit 0bd89778', retrieved='2026-11-29')
common = {'published_scores': published, 'supply_shares': shares, 'wgi': wgi_rows, 'material_stage': stage_rows, 'si_ei': si_ei_rows, 'end_uses': uses, 'groups': [g + ['crm2017-groups'] for g in groups]}
write_pkg('eu-crm-2023', 'EU critical raw materials 2023: supply shares, t, end uses, value added, WGI',
          'Inputs of the EU criticality method as published in the 2023 CRM study (global and EU sourcing shares with t, end-use shares with NACE value added), WGI 2023 update estimates and standard errors 2016-2020, the CRM group members, and IR by stage, EOL-RIR, SI_SR, SI_EI and supply modes of 2023 from a secondary transcription (CritMAT; see SOURCE.md and MISSING.md). The Monte Carlo ranges (_min/_max) of IR, EOL-RIR, SI_SR and SI_EI are the printing precision of the transcribed values, not the study\'s uncertainty. For the materials without end uses in the Appendix 6 transcription the published 2023 EI (Annex 4) is carried in si_ei.ei_published (EU runs only).',
          dict(common, value_added=va_eu), ['crm2023-app7-gs', 'crm2023-app7-eu', 'crm2023-app6', 'crm2023-annex4', 'crm2023-critmat', 'wgi-2023', 'crm2017-groups'])
va_be = [['BE', k, num(x), 'MUSD', 'oecd-iot-bel-2020'] for k, x in sorted(be_va.items())]
write_pkg('be-crm', 'Belgian criticality inputs: EU 2023 data plus Belgian value added by NACE',
          "The eu-crm-2023 inputs plus Belgian value added by NACE division (OECD IOT 2020) for the Belgian EI, the CN8 codes of the materials (material_cn) and Belgian production where known (be_production), from which `cambium criticality --scope BE --trade` derives Belgian sourcing shares and IR_BE from Comext data in the workspace. No trade data are bundled: see MISSING.md. The 2023 EU IR, EOL-RIR, SI_SR and supply modes are rows with scope EU; a Belgian run takes EOL-RIR, SI_SR and the supply mode from them by design and the EU IR only as a flagged proxy where IR_BE is missing (--be-ir); SI_EI applies to both scopes. The Monte Carlo ranges (_min/_max) of IR, EOL-RIR, SI_SR and SI_EI are the printing precision of the transcribed values, not the study's uncertainty.",
          dict(common, value_added=va_eu + va_be), ['crm2023-app7-gs', 'crm2023-app7-eu', 'crm2023-app6', 'crm2023-annex4', 'crm2023-critmat', 'wgi-2023', 'crm2017-groups', 'oecd-iot-bel-2020'],
          keep_others=True)
print('\n'.join(notes))
print(len(shares), 'shares;', len(uses), 'end uses;', len(va), 'EU NACE;', len(wgi_rows), 'WGI rows; no WGI for', missing_wgi)
print(len(stages), 'material-stage rows;', len(eu_stage_rows), 'EU 2023 input rows;', len(si_ei_rows), 'SI_EI rows (', n_ei_published, 'with the published EI);', 'BE VA', be_va)
