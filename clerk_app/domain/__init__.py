"""Domain types of the registry: plain, Qt-free and ORM-free."""
