"""Repositories: the only code that builds queries. They take a session and return domain data."""
