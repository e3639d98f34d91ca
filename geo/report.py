# shim: removed at integration
"""Moved to :mod:`geo.viz.report` (the page) and :mod:`geo.viz.report_cli` (the subcommand)."""

from geo.viz.report import CHROMIUM, REPORT_SIZE, build_report, render, report_html, timeline_svg  # noqa: F401
from geo.viz.report_cli import add_report_parser, filters_from_args, run_report  # noqa: F401
