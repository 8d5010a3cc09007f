"""The mechanics of synchronisation with the central PostgreSQL store (docs/sync.md): what is
captured on a station, how a batch is applied on the central store, pulled back and how files
travel. ``clerk_app.services.sync`` runs it."""
