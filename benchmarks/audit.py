"""Audit the pinned dependencies (constraints.txt) for known vulnerabilities with pip-audit.

pip-audit runs from a throwaway virtual environment (.venv-audit, made on first use from PyPI), so that it is
not a dependency of dossier. It asks a vulnerability service over the network (PyPI's JSON API by default,
`--service osv` for OSV); where the service cannot be reached the script says so and how many packages went
unaudited, rather than reporting a clean bill.

    python benchmarks/audit.py [--service pypi|osv]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AUDIT_VENV = ROOT / ".venv-audit"


def pip_audit() -> Path:
    exe = AUDIT_VENV / "bin" / "pip-audit"
    if not exe.exists():
        venv.create(AUDIT_VENV, with_pip=True)
        subprocess.run([str(AUDIT_VENV / "bin" / "pip"), "install", "-q", "pip-audit>=2.7,<3"], check=True)
    return exe


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--service", default="pypi", choices=["pypi", "osv"])
    args = parser.parse_args()
    run = subprocess.run([str(pip_audit()), "-r", str(ROOT / "constraints.txt"), "--no-deps", "--disable-pip",
                          "--progress-spinner", "off", "-s", args.service, "-f", "json"],
                         capture_output=True, text=True)
    try:
        report = json.loads(run.stdout)
    except json.JSONDecodeError:
        print(f"pip-audit gave no report (exit {run.returncode}): {' '.join(run.stderr.split())[-400:]}")
        sys.exit(2)
    deps = report.get("dependencies", [])
    skipped = [d for d in deps if d.get("skip_reason")]
    vulnerable = [d for d in deps if d.get("vulns")]
    print(f"pip-audit ({args.service}) on constraints.txt: {len(deps)} pinned packages, "
          f"{len(deps) - len(skipped)} audited, {len(skipped)} could not be audited, "
          f"{sum(len(d['vulns']) for d in vulnerable)} known vulnerabilities in {len(vulnerable)} packages")
    for d in vulnerable:
        for v in d["vulns"]:
            print(f"  {d['name']} {d['version']}: {v['id']} (fixed in {', '.join(v.get('fix_versions') or ['?'])})")
    if skipped:
        reasons = sorted({d["skip_reason"].split(":")[0] for d in skipped})
        print(f"  not audited: {', '.join(d['name'] for d in skipped[:8])}{' …' if len(skipped) > 8 else ''} "
              f"({'; '.join(reasons)})")
    sys.exit(1 if vulnerable else 3 if skipped else 0)


if __name__ == "__main__":
    main()
