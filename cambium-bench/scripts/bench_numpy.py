#!/usr/bin/python3
"""numpy side of the CAMBIUM footprint benchmark (run by bench-footprint.sh, never by the tests).

Reads the raw float64 files written by be.cambium.bench.MrioGenerator and computes, with numpy only:
  lu       M = S L and the regional accounts from one LU: scipy.linalg.lu_factor + lu_solve (trans=1 for M),
           or, without scipy, two np.linalg.solve calls (one on (I - A)^T for M, one on I - A for L Y_r);
  inverse  pymrio's own route (pymrio/tools/iomath.py, re-implemented): L = np.linalg.inv(I - A), M = S @ L,
           Y_diag (n x n), x_diag = L @ Y_diag, D_cba = S @ x_diag, D_pba, x_trade, D_imp = S @ x_trade, D_exp.
Prints one RESULT line like the Java side.
"""
import resource
import sys
import time

import numpy as np


def load(d):
    meta = dict(l.strip().split("=", 1) for l in open(d + "/meta.properties") if "=" in l)
    n, reg, cats, k = int(meta["n"]), int(meta["regions"]), int(meta["categories"]), int(meta["k"])
    A = np.fromfile(d + "/A.f64", dtype="<f8").reshape(n, n).T  # column-major on disk
    Y = np.fromfile(d + "/Y.f64", dtype="<f8").reshape(reg * cats, n).T
    F = np.fromfile(d + "/F.f64", dtype="<f8").reshape(n, k).T
    return n, reg, cats, k, np.ascontiguousarray(A), np.ascontiguousarray(Y), np.ascontiguousarray(F)


def main():
    d, method = sys.argv[1], sys.argv[2]
    t0 = time.perf_counter()
    n, reg, cats, k, A, Y, F = load(d)
    t_load = time.perf_counter() - t0
    nsec = n // reg
    Yagg = Y.reshape(n, reg, cats).sum(axis=2)  # n x reg
    t1 = time.perf_counter()
    I_A = np.eye(n) - A
    x = np.linalg.solve(I_A, Yagg.sum(axis=1))
    t_build = time.perf_counter() - t1
    with np.errstate(divide="ignore"):
        inv_x = np.where(x == 0, 0.0, 1.0 / x)
    S = F * inv_x[None, :]
    region_of = np.arange(n) // nsec
    path = ""
    t2 = time.perf_counter()
    dense = float("nan")
    if method == "lu":
        try:
            import scipy.linalg as sl
            lu = sl.lu_factor(I_A, overwrite_a=False, check_finite=False)
            dense = time.perf_counter() - t2
            M = sl.lu_solve(lu, S.T, trans=1, check_finite=False).T
            xr = sl.lu_solve(lu, Yagg, check_finite=False)
            path = "scipy.linalg.lu_factor once + lu_solve (trans=1 for M)"
        except ImportError:
            M = np.linalg.solve(I_A.T, S.T).T
            xr = np.linalg.solve(I_A, Yagg)
            path = "np.linalg.solve twice (no scipy: one LU for M, one for L Y_r)"
        cba = S @ xr  # k x reg (without F_Y)
        x_tot = xr.sum(axis=1)
        pba = (S * x_tot[None, :]) @ np.eye(reg)[region_of]
        dom = xr * (region_of[:, None] == np.arange(reg)[None, :])
        imp = S @ (xr - dom)
        exp = (S * (xr - dom).sum(axis=1)[None, :]) @ np.eye(reg)[region_of]
        checksum = M[0, 0] + imp[0, 0]
    elif method == "inverse":
        L = np.linalg.inv(I_A)
        dense = time.perf_counter() - t2
        M = S @ L
        Y_diag = np.zeros((n, n))  # pymrio ioutil.diagonalize_columns_to_sectors
        for r in range(reg):
            for s in range(nsec):
                Y_diag[s::nsec, r * nsec + s] = Yagg[s::nsec, r]
        x_diag = L @ Y_diag
        del Y_diag
        x_tot = x_diag.sum(axis=1)
        D_cba = S @ x_diag
        D_pba = S * x_tot[None, :]
        x_trade = x_diag  # pymrio copies before set_dom_block; done in place here to stay within memory
        for r in range(reg):
            x_trade[r * nsec:(r + 1) * nsec, r * nsec:(r + 1) * nsec] = 0
        D_imp = S @ x_trade
        D_exp = S * x_trade.sum(axis=1)[None, :]
        imp = D_imp.reshape(k, reg, nsec).sum(axis=2)
        checksum = M[0, 0] + imp[0, 0]
        path = "np.linalg.inv + S @ L + L @ Y_diag (pymrio calc_L / calc_M / calc_accounts)"
    else:
        raise SystemExit("method must be lu or inverse")
    t_compute = time.perf_counter() - t2
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    try:
        from threadpoolctl import threadpool_info
        blas = ";".join(f"{i.get('internal_api')} {i.get('version')} {i.get('architecture')} threads={i.get('num_threads')}" for i in threadpool_info())
    except ImportError:
        blas = "numpy " + np.__version__
    lu_flops = 2.0 / 3.0 * n ** 3
    print(f"RESULT method=numpy-{method} n={n} k={k} regions={reg} load_s={t_load:.2f} build_x_s={t_build:.2f} "
          f"compute_s={t_compute:.2f} dense_step_s={dense:.2f} gflops_lu_equivalent={lu_flops / t_compute / 1e9:.1f} "
          f"peak_rss_mb={peak_mb} checksum={checksum:.12e} path=\"{path}; {blas}\"")


if __name__ == "__main__":
    main()
