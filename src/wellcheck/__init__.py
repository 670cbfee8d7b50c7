"""wellcheck: an end-of-day wellbeing check-in for social workers."""

__version__ = "0.1.0"
