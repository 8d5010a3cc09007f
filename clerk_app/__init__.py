"""clerk-app core: the Qt-free registry of consumer-dispute appeals.

Layers: ``clerk_app`` (domain, services, errors, CLI) uses ``storage`` (SQLAlchemy) and ``scanners``;
``ui`` (PySide6) calls ``clerk_app`` services and gets plain data back.
"""

__version__ = "0.1.0"
