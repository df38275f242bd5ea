#!/usr/bin/env python3
"""Writes cambium-app/src/main/resources/data/eu-crm-2017/ from the 2017 transcription
cambium-core/src/test/resources/criticality/crm2017/table3_table18_all78.csv (see its SOURCE.md).
No figure is estimated: every value is the printed one; ranges are the printed precision (half a unit of the last digit)."""
import csv, json, os, sys
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
src = os.path.join(root, "cambium-core/src/test/resources/criticality/crm2017/table3_table18_all78.csv")
out = os.path.join(root, "cambium-app/src/main/resources/data/eu-crm-2017")
os.makedirs(out, exist_ok=True)
STUDY = ("Deloitte, BGS, BRGM, TNO, Study on the review of the list of Critical Raw Materials - Criticality Assessments, "
         "European Commission, June 2017")
URL = "https://op.europa.eu/en/publication-detail/-/publication/08fdab5f-9766-11e7-b92d-01aa75ed71a1"
def src_(i, what):
    return {"id": i, "title": STUDY + ": " + what, "path": URL, "datasetCode": "doi:10.2873/876644",
            "vintage": "June 2017", "retrieved": "2026-11-29"}
sources = [
    src_("crm2017-t3", "Table 3 'Criticality assessment results (78 individual materials, scaled results)', pp. 33-35 "
         "(published SR and EI, import reliance, EoL-RIR, supply data used in SR calc.)"),
    src_("crm2017-t18", "Annex 5, Table 18 'Substitution indexes and HHI(WGI) values', pp. 79-80 (SI(EI), SI(SR), "
         "(HHIWGI-t)GS, (HHIWGI-t)EU28)"),
    src_("crm2017-t3-t18", "Table 3 (pp. 33-35: stage, import reliance, EoL-RIR, supply mode, published EI) with Annex 5 "
         "Table 18 (pp. 79-80: SI(EI), SI(SR), (HHIWGI-t)GS, (HHIWGI-t)EU28)"),
]
def r(x, d):
    return "" if x == "" else f"{x:.{d}f}".rstrip("0").rstrip(".") if "." in f"{x:.{d}f}" else f"{x:.{d}f}"
def lohi(v, half, lo, hi):
    return max(lo, v - half), min(hi, v + half)
rows = list(csv.DictReader(open(src, encoding="utf-8")))
ms, si, pub = [], [], []
for x in rows:
    ir = "" if x["ir_pct"] == "" else round(float(x["ir_pct"]) / 100, 4)
    eol = float(x["eol_rir_pct"]) / 100
    eol_lo, eol_hi = lohi(eol, 0.005, 0, 1)
    sisr = float(x["si_sr"]); sisr_lo, sisr_hi = lohi(sisr, 0.05, 0, 1)
    siei = float(x["si_ei"]); siei_lo, siei_hi = lohi(siei, 0.05, 0, 1)
    # HHIs printed with one decimal on the 0-10 scale: +/- 0.05; IR in whole %: +/- 0.005; empty (N/A) stays empty
    hhi = [("", "") if x[k] == "" else tuple(r(v, 2) for v in lohi(float(x[k]), 0.05, 0, 10)) for k in ("hhi_gs", "hhi_eu")]
    ir_lo, ir_hi = ("", "") if ir == "" else tuple(r(v, 4) for v in lohi(ir, 0.005, 0, 1))
    ms.append([x["material"], x["stage"], "" if ir == "" else r(ir, 4), r(round(eol, 4), 4), x["si_sr"], x["supply_mode"],
               x["hhi_gs"], x["hhi_eu"], r(eol_lo, 4), r(eol_hi, 4), r(sisr_lo, 2), r(sisr_hi, 2),
               hhi[0][0], hhi[0][1], hhi[1][0], hhi[1][1], ir_lo, ir_hi, "crm2017-t3-t18"])
    si.append([x["material"], x["si_ei"], r(siei_lo, 2), r(siei_hi, 2), x["ei_published"], "crm2017-t3-t18"])
    pub.append([x["material"], "2017", x["sr_published"], x["ei_published"], "crm2017-t3"])
def write(name, header, data):
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(header); w.writerows(data)
write("material_stage.csv", ["material", "stage", "ir", "eol_rir", "si_sr", "supply_mode", "hhi_gs", "hhi_sourcing",
      "eol_rir_min", "eol_rir_max", "si_sr_min", "si_sr_max", "hhi_gs_min", "hhi_gs_max", "hhi_sourcing_min",
      "hhi_sourcing_max", "ir_min", "ir_max", "source"], ms)
write("si_ei.csv", ["material", "si_ei", "si_ei_min", "si_ei_max", "ei_published", "source"], si)
write("published_scores.csv", ["material", "year", "sr", "ei", "source"], pub)
def f(name, typ, desc=None, req=False, lim=None):
    d = {"name": name, "type": typ}
    if desc: d["description"] = desc
    if req: d["constraints"] = {"required": True}
    if lim: d["constraints"] = {"minimum": lim[0], "maximum": lim[1]}
    return d
def res(name, fields):
    return {"name": name, "path": name + ".csv", "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "schema": {"fields": fields}}
pkg = {
  "name": "eu-crm-2017",
  "title": "EU critical raw materials 2017: the 78 materials' SR inputs and published SR and EI",
  "version": "2026.11.29",
  "description": "Inputs of the 2017 EU criticality assessment as printed in the study (Table 3 and Table 18): aggregated "
                 "HHI_WGI,t (GS and EU28), import reliance, EoL-RIR, SI_SR, SI_EI, supply mode, and the published SR and EI. "
                 "EI cannot be recomputed (the study prints no end-use shares or value added): the published EI is carried "
                 "in si_ei.csv (ei_published). Ranges (_min/_max) are the printed precision.",
  "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                "title": "This compilation; cite the row-level sources"}],
  "sources": sources,
  "resources": [
    res("material_stage", [f("material", "string", req=True), f("stage", "string", "E extraction, P processing (the stage assessed in 2017)", True),
        f("ir", "number", "import reliance, fraction (printed in whole %); empty: N/A"),
        f("eol_rir", "number", "EoL-RIR, fraction (printed in whole %)"), f("si_sr", "number", "SI(SR)"),
        f("supply_mode", "string", "GS+EU, GS or EU: supply data used in the SR calculation"),
        f("hhi_gs", "number", "(HHIWGI-t)GS, 0-10 scale"), f("hhi_sourcing", "number", "(HHIWGI-t)EU28, 0-10 scale; empty: N/A"),
        f("eol_rir_min", "number", "printed precision: eol_rir - 0.005, clamped to [0, 1]"),
        f("eol_rir_max", "number", "printed precision: eol_rir + 0.005, clamped to [0, 1]"),
        f("si_sr_min", "number", "printed precision: si_sr - 0.05"), f("si_sr_max", "number", "printed precision: si_sr + 0.05, at most 1"),
        f("hhi_gs_min", "number", "printed precision: hhi_gs - 0.05, clamped to [0, 10]", lim=(0, 10)),
        f("hhi_gs_max", "number", "printed precision: hhi_gs + 0.05, clamped to [0, 10]", lim=(0, 10)),
        f("hhi_sourcing_min", "number", "printed precision: hhi_sourcing - 0.05, clamped to [0, 10]; empty: N/A", lim=(0, 10)),
        f("hhi_sourcing_max", "number", "printed precision: hhi_sourcing + 0.05, clamped to [0, 10]; empty: N/A", lim=(0, 10)),
        f("ir_min", "number", "printed precision: ir - 0.005, clamped to [0, 1]; empty: N/A", lim=(0, 1)),
        f("ir_max", "number", "printed precision: ir + 0.005, clamped to [0, 1]; empty: N/A", lim=(0, 1)),
        f("source", "string", req=True)]),
    res("si_ei", [f("material", "string", req=True), f("si_ei", "number", "SI(EI)", True),
        f("si_ei_min", "number", "printed precision: si_ei - 0.05"), f("si_ei_max", "number", "printed precision: si_ei + 0.05, at most 1"),
        f("ei_published", "number", "published (scaled) EI of Table 3, carried as given: not recomputed"),
        f("source", "string", req=True)]),
    res("published_scores", [f("material", "string", req=True), f("year", "integer", req=True),
        f("sr", "number", "published SR"), f("ei", "number", "published EI"), f("source", "string", req=True)]),
  ],
}
with open(os.path.join(out, "datapackage.json"), "w", encoding="utf-8") as fh:
    json.dump(pkg, fh, indent=2, ensure_ascii=False); fh.write("\n")
print(f"wrote {len(ms)} materials to {out}")
