#!/usr/bin/env bash
# Footprint benchmark, CAMBIUM against numpy, on the same generated MRIO (never part of the test suite).
#   cambium-bench/scripts/bench-footprint.sh [n] [density] [methods]
# defaults: n=9800 (49 regions x 200 sectors, EXIOBASE pxp size), density 0.4, k=60 stressors, seed 42,
# methods "native inverse numpy-lu numpy-inverse java". Needs Debian's libopenblas0 and python3-numpy
# (python3-scipy for numpy's single-LU path). Each method runs in its own process, so peak memory is per method.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-9800}
DENSITY=${2:-0.4}
METHODS=${3:-"native inverse numpy-lu numpy-inverse java"}
REGIONS=49
K=60
DATA=${BENCH_DIR:-/tmp/cambium-bench-footprint}/n${N}-d${DENSITY}
JAR=cambium-bench/target/cambium-bench.jar
if [ ! -f "$JAR" ] || [ -n "$(find cambium-core/src cambium-bench/src -newer "$JAR" -name '*.java' | head -1)" ]; then
  mvn -B -q -pl cambium-bench -am package -DskipTests
fi
if [ ! -f "$DATA/meta.properties" ]; then
  java -cp "$JAR" be.cambium.bench.MrioGenerator "$DATA" "$N" "$DENSITY" "$REGIONS" "$K" 42
fi
echo "== $(date -u +%FT%TZ) $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
# heap: A and the LU factors (2 n^2 doubles) for the engine; the inverse route also holds I - A while it builds L
HEAP=$(( (N * N * 8 * 2) / 1024 / 1024 + 600 ))m
HEAP_INV=$(( (N * N * 8 * 3) / 1024 / 1024 + 600 ))m
for m in $METHODS; do
  case $m in
    native|java) java -Xmx$HEAP -cp "$JAR" be.cambium.bench.FootprintBenchMain "$DATA" "$m" 2>>"$DATA/stderr.log" | grep '^RESULT' || echo "FAILED method=$m (see $DATA/stderr.log)" ;;
    inverse) java -Xmx$HEAP_INV -cp "$JAR" be.cambium.bench.FootprintBenchMain "$DATA" "$m" 2>>"$DATA/stderr.log" | grep '^RESULT' || echo "FAILED method=$m (see $DATA/stderr.log)" ;;
    # numpy at full speed: unset the OpenBLAS core-type pins for this command only (see env README)
    numpy-lu) env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 cambium-bench/scripts/bench_numpy.py "$DATA" lu || echo "FAILED method=$m" ;;
    numpy-inverse) env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 cambium-bench/scripts/bench_numpy.py "$DATA" inverse || echo "FAILED method=$m" ;;
  esac
  echo "   (load average after $m: $(cut -d' ' -f1-3 /proc/loadavg))"
done | tee "$DATA/results.txt"
echo "== ratios (compute_s, lower is faster)"
/usr/bin/python3 - "$DATA/results.txt" <<'PY'
import re, sys
rows = {}
for line in open(sys.argv[1]):
    m = re.search(r"method=(\S+).*compute_s=([0-9.]+).*peak_rss_mb=(\d+)", line)
    if m:
        rows[m.group(1)] = (float(m.group(2)), int(m.group(3)))
def ratio(a, b):
    if a in rows and b in rows:
        print(f"{a} / {b}: {rows[a][0] / rows[b][0]:.2f}")
ratio("native", "numpy-lu"); ratio("native", "inverse"); ratio("native", "numpy-inverse"); ratio("java", "native")
n = int(re.search(r"n=(\d+)", open(sys.argv[1]).read()).group(1))
for k, (t, mb) in rows.items():
    print(f"{k}: peak {mb} MB = {mb * 1024 * 1024 / (8 * n * n):.2f} n^2 doubles")
PY
