"""The time limit of the guards against catastrophic regex backtracking.

Those tests run rules on pathological megabyte lines. A super-linear (quadratic or worse) scan takes
minutes to hours there, a linear one well under a second; the limit sits far between the two, so a
loaded CI machine never trips it while a backtracking regex always does. They are guards, not speed
figures: `benchmarks/` prints those.
"""

BACKTRACKING_LIMIT_S = 30.0
