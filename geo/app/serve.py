"""``streamlit run`` this file to serve the dashboard (``geo dashboard`` does).

Streamlit finds ``app`` here, an ``st.App`` over the page script ``dashboard.py`` beside
it, and serves it; the app's start warms the dashboard up (:mod:`geo.app.server`). The
page script itself is not imported here: imported outside a page's run, its cached
functions would get a storage of their own instead of the server's.
"""

from pathlib import Path

import streamlit as st

from geo.app.server import warm_start

app = st.App(Path(__file__).resolve().with_name("dashboard.py"), lifespan=warm_start)
