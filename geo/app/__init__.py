"""The Streamlit dashboard, shipped inside the package.

    streamlit run <site-packages>/geo/app/serve.py         # what `geo dashboard` does
    streamlit run dashboard.py                              # from the repository (a shim)

- :mod:`geo.app.dashboard`: the app (``main()``; the map page) -- a script for
  ``streamlit run`` and an importable module alike
- :mod:`geo.app.review`: the "Add and review reports" page (a page file of the app);
  :mod:`geo.app.event_tools`: its reports-of-an-event view, split and merge
- :mod:`geo.app.server`: the server's start (the ``st.App`` lifespan): the first page's
  work done before a visitor comes
- :mod:`geo.app.settings`: where the store and the seed reports are (``GEO_STORE``,
  ``GEO_SEEDS``)
- :mod:`geo.app.data`: what the pages ask the store, cached by its version;
  :mod:`geo.app.filters`: the sidebar's filters

Public API: :data:`SERVER`, the path to give ``streamlit run`` (:mod:`geo.app.serve`:
the server, warmed up at start), and :data:`DASHBOARD`, the app's page script (what
``streamlit.testing`` runs). Importing this
package does not import Streamlit.
"""

from pathlib import Path

DASHBOARD = Path(__file__).resolve().with_name("dashboard.py")
SERVER = Path(__file__).resolve().with_name("serve.py")
