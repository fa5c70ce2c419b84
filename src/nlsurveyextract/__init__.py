"""nlsurveyextract: percentage claims, their subjects and surveys from Dutch news."""

__version__ = "0.1.0"
