"""The PySide6 desktop interface: the only package that imports Qt. It calls clerk_app services."""
