"""Use cases of the registry. They take plain data, run one transaction each and return plain data."""
