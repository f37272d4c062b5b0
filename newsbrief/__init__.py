"""newsbrief: faithful, source-attributed briefs from several news articles about one story."""
__version__ = "0.1.0"
