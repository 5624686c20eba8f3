"""newslint: a data-quality linter for news-article corpora."""

__version__ = "0.1.0"
