#!/usr/bin/env python3
"""Recompute the CAMBIUM stock-flow benchmark system in numpy with the ODYM formulation
(survival matrix, s_c = i * sf, o_c = -diff(s_c), materials by cohort intensity) and compare
with CAMBIUM's totals. Usage: stockflow_numpy.py DIR (written by StockflowBench)."""
import resource
import sys
import time

import numpy as np

d = sys.argv[1] if len(sys.argv) > 1 else "stockflow-bench"
raw = open(d + "/inputs.bin", "rb").read()
T, R, G, K, M = np.frombuffer(raw[:20], dtype=">i4")
x = np.frombuffer(raw[20:], dtype=">f8").astype(np.float64)
p = 0
inflow = x[p:p + R * T].reshape(R, T); p += R * T
share = x[p:p + R * G * T].reshape(R, G, T); p += R * G * T
weib = x[p:p + G * 2].reshape(G, 2); p += G * 2
content = x[p:p + G * K * M * T].reshape(G, K, M, T); p += G * K * M * T
assert p == x.size

t0 = time.perf_counter()
c0 = time.process_time()
age = np.arange(T)[:, None] - np.arange(T)[None, :]           # t - c
sf = np.where(age >= 0, np.exp(-(np.maximum(age, 0)[None] / weib[:, 1, None, None]) ** weib[:, 0, None, None]), 0.0)  # [g,t,c]
i_gc = inflow[:, None, :] * share                               # [r,g,c]
s_c = i_gc[:, :, None, :] * sf[None]                            # [r,g,t,c]
o_c = np.zeros_like(s_c)
o_c[:, :, 1:, :] = s_c[:, :, :-1, :] - s_c[:, :, 1:, :]
idx = np.arange(T)
o_c[:, :, idx, idx] = i_gc - s_c[:, :, idx, idx]
q = content.reshape(G, K * M, T)                                # [g,km,c]
stock = np.zeros((M, T))
out = np.zeros((M, T))
for g in range(G):
    qs = q[g].T                                                 # [c, km]
    st = s_c[:, g].reshape(R * T, T) @ qs                       # [(r,t), km]
    ot = o_c[:, g].reshape(R * T, T) @ qs
    stock += st.reshape(R, T, K, M).sum(axis=(0, 2)).T
    out += ot.reshape(R, T, K, M).sum(axis=(0, 2)).T
dt = time.perf_counter() - t0
dc = time.process_time() - c0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

cam = np.frombuffer(open(d + "/cambium_totals.bin", "rb").read(), dtype=">f8").reshape(2, M, T)
rel = max(np.max(np.abs(cam[0] - stock) / np.maximum(1e-300, np.abs(stock).max(axis=1, keepdims=True))),
          np.max(np.abs(cam[1] - out) / np.maximum(1e-300, np.abs(out).max(axis=1, keepdims=True))))
print(f"numpy {np.__version__}: {dt:.3f} s wall, {dc:.3f} s CPU (all threads), peak RSS {peak:.0f} MB; max relative difference to CAMBIUM "
      f"(per material, of its largest value): {rel:.2e}")
