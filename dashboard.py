"""The incident map dashboard: ``streamlit run dashboard.py``. The app is in the package
(``geo/app/dashboard.py``); Streamlit re-executes this file on every rerun, and each run
draws the app by calling ``main()``. Store and seeds: ``geo/app/settings.py``."""

from geo.app.dashboard import main

main()
