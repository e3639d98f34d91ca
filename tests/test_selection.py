"""Which tests a command runs: the README's ``scripts/test.sh -m "not browser"`` runs
neither the evaluation gates nor the wheel test; they run when their marker is asked for."""

import subprocess
import sys

import pytest

from conftest import ROOT

OPT_IN = ["tests/evaluation/test_seed_gate.py", "tests/test_wheel.py", "tests/test_selection.py"]


def collected(*args: str) -> set[str]:
    out = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
                          *args, *OPT_IN], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode in (0, 5), out.stdout + out.stderr
    return {line.split("::")[0] for line in out.stdout.splitlines() if "::" in line}


@pytest.mark.parametrize("args", [[], ["-m", "not browser"]])
def test_gates_and_wheel_test_stay_out_unless_asked(args):
    assert collected(*args) <= {"tests/test_selection.py"}


def test_asking_for_a_marker_runs_its_tests():
    assert collected("-m", "evaluation") == {"tests/evaluation/test_seed_gate.py"}
    assert collected("-m", "wheel or not browser") == {"tests/test_wheel.py", "tests/test_selection.py"}
