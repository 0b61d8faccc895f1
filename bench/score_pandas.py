"""The same pipeline as =MDI.SCORE "exp" in pandas, for the bench's comparison:
rank each domain (descending, min ties), exponential transform, weighted sum.
Usage: score_pandas.py [ROWS]. Without ROWS the IoD2025 table (33,755 × 7, checked
against the published scores); with ROWS those ranks tiled to ROWS rows with the
shift bench/first-call.mjs adds, so both sides compute the same numbers."""
import math
import statistics
import sys
import time

import numpy as np
import pandas as pd

df = pd.read_csv("data/england/iod2025_lsoa21_imd_and_domains_scores_ranks_deciles.csv")
cols = ["Income_rank", "Employment_rank", "Education_rank", "Health_rank", "Crime_rank",
        "Housing_and_Services_rank", "Environment_rank"]
weights = np.array([0.225, 0.225, 0.135, 0.135, 0.093, 0.093, 0.093])
rows = int(sys.argv[1]) if len(sys.argv) > 1 else len(df)
if rows == len(df):
    domains = df[cols]
else:
    base = df[cols].to_numpy(dtype=float)
    i = np.arange(rows)
    domains = pd.DataFrame(base[i % len(base)] + ((i / len(base)) * 0.5)[:, None], columns=cols)


def pipeline():
    oriented = -domains  # published ranks: direction -1
    ranks = oriented.rank(ascending=False, method="min")
    n = ranks.count()
    R = (n - ranks + 1) / n
    X = -23 * np.log(1 - R * (1 - math.exp(-100 / 23)))
    return X.mul(weights, axis=1).sum(axis=1, skipna=False)


runs = 25 if rows <= 100000 else 5
start = time.perf_counter()
pipeline()
first = (time.perf_counter() - start) * 1000
for _ in range(2):
    pipeline()
times = []
for _ in range(runs):
    t = time.perf_counter()
    pipeline()
    times.append((time.perf_counter() - t) * 1000)
extra = ""
if rows == len(df):
    extra = f"  max |Δ| vs published {float((pipeline() - df['IMD_score']).abs().max()):.5f}"
label = f"pandas {pd.__version__}, same pipeline, {rows:,} × 7"
print(f"{label:58} median {statistics.median(times):9.2f} ms  "
      f"(min {min(times):.2f}, max {max(times):.2f}, {runs} runs; first call {first:.2f} ms){extra}")
