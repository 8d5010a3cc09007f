"""The scripting interface: ``clerk-app [--data-dir DIR] [--db URL] COMMAND ...`` (docs/cli.md)."""
