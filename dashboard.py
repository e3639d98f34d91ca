"""The incident map dashboard: ``streamlit run dashboard.py``. The app is in the package
(``geo/app/dashboard.py``); Streamlit runs this file as ``__main__`` for every run of a
page, which draws the app by calling ``main()``. Store and seeds: ``geo/app/settings.py``.

``streamlit run`` first reads this file for an ``st.App`` and, finding ``app``, imports
it as a module and serves it: its start warms the dashboard up (``geo.app.server``), so
the first visitor after a server start does not wait for the map's imports and the
store's first answers."""

import streamlit as st

if __name__ == "__main__":
    from geo.app.dashboard import main

    main()
else:
    from geo.app.server import warm_start

    app = st.App(__file__, lifespan=warm_start)
