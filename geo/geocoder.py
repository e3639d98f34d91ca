"""The geopy geocoder moved to ``geo.gazetteer.geocoder``, its priors to ``geo.gazetteer.model``."""
# shim: removed at integration
from geo.gazetteer.geocoder import OfflineGeoNames, format_address
from geo.gazetteer.model import FEATURE_PRIOR, UNPOPULATED_FEATURE_PRIOR, feature_prior, prior_score

__all__ = ["FEATURE_PRIOR", "UNPOPULATED_FEATURE_PRIOR", "OfflineGeoNames", "feature_prior", "format_address",
           "prior_score"]
