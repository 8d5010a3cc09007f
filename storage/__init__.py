"""SQLAlchemy 2 storage: typed models, Alembic migrations, repositories and the store (Qt-free)."""
