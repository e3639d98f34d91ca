#!/usr/bin/env bash
# Install what the tests need, then run them (README's second command).
#   bash scripts/test.sh                    # the whole suite, browser tests included
#   bash scripts/test.sh -m 'not browser'   # extra arguments go to pytest
# The evaluation gates (../shared data) and the wheel test (a package index, a few
# minutes) run only when their marker is named: -m evaluation, -m wheel (tests/conftest.py).
# .ci/run runs every kind, as named steps.
set -euo pipefail
cd "$(dirname "$0")/.."

# Browser tests drive Debian's chromium through Playwright (no browser download).
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

python -m pip install -q -r requirements-dev.txt

set +e
python -m pytest "$@"
status=$?
set -e
if [ "$status" = 5 ]; then
  echo "pytest collected no tests: treating that as a failure" >&2
  exit 1
fi
exit "$status"
