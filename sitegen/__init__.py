"""sitegen: a static site generator for fact summaries of news articles."""

__version__ = "0.1.0"
