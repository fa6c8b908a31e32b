"""Rewrite every golden case's expected output (``make goldens``)."""

from __future__ import annotations

import shutil

from goldens import CASES, HERE, render_case

if __name__ == "__main__":
    for case in CASES:
        expected = HERE / case / "expected"
        shutil.rmtree(expected, ignore_errors=True)
        render_case(case, expected)
        print(f"refreshed {expected.relative_to(HERE.parent.parent)}")
