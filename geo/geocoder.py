"""The geopy geocoder moved to ``geo.gazetteer.geocoder``, its priors to ``geo.gazetteer.model``."""
# shim: removed at integration
from geo.gazetteer.geocoder import OfflineGeoNames, format_address  # noqa: F401
from geo.gazetteer.model import FEATURE_PRIOR, UNPOPULATED_FEATURE_PRIOR, feature_prior, prior_score  # noqa: F401
