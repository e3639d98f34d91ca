# shim: removed at integration
from geo.viz.browser import CHROMIUM, CHROMIUM_ARGS, is_local, only_local_requests  # noqa: F401
