"""Writes seed_statistics.json: Student t quantiles and p-values, t intervals over seeds and Welch's t tests, computed
by SciPy, for SeedStatisticsTests. Run once: python3 make_seed_fixtures.py (SciPy 1.17.1 made the committed file)."""
import json

import numpy as np
from scipy import stats

rng = np.random.default_rng(13)
quantiles = [{"df": df, "p": p, "t": float(stats.t.ppf(p, df))}
             for df in [1, 2, 2.5, 4, 9, 30, 200] for p in [0.6, 0.9, 0.975, 0.995, 0.025]]
pvalues = [{"df": df, "t": t, "p": float(2 * stats.t.sf(abs(t), df))}
           for df in [1, 3, 7.3, 50] for t in [0.0, 0.4, -1.7, 3.2, 12.0]]
groups = []
for size_a, size_b in [(2, 2), (3, 3), (3, 5), (5, 3), (8, 8)]:
    a = (0.97 + 0.004 * rng.standard_normal(size_a)).round(4).tolist()
    b = (0.972 + 0.006 * rng.standard_normal(size_b)).round(4).tolist()
    welch = stats.ttest_ind(a, b, equal_var=False)
    mean, sem = np.mean(a), stats.sem(a)
    low, high = stats.t.interval(0.95, len(a) - 1, loc=mean, scale=sem)
    groups.append({"a": a, "b": b, "t": float(welch.statistic), "p": float(welch.pvalue), "df": float(welch.df),
                   "mean_a": float(mean), "sd_a": float(np.std(a, ddof=1)), "interval_a": [float(low), float(high)]})
with open("seed_statistics.json", "w") as out:
    json.dump({"quantiles": quantiles, "pvalues": pvalues, "groups": groups}, out, indent=1)
