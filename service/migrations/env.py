"""Alembic environment: runs migrations on the engine that `service.store.migrate` hands over.

On SQLite, Alembic alters a table by rebuilding it (copy, drop the old one, rename the copy). With
foreign keys enforced, dropping the old table deletes, by cascade, every row that points at it:
rebuilding `sources` or `events` emptied `evidence`. So migrations run with enforcement off, as
SQLite's documentation prescribes for table rebuilds, and a foreign-key check must find nothing
dangling before the work is committed. The pragma only takes effect outside a transaction, so it is
set on the connection before it begins, and set back before the connection returns to the pool.
"""

from alembic import context
from sqlalchemy import text

from service.store import Base

config = context.config
target_metadata = Base.metadata


class DanglingReferences(RuntimeError):
    """A migration left rows pointing at nothing; it is rolled back rather than committed."""


def run() -> None:
    engine = config.attributes["engine"]
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=sqlite)
                context.run_migrations()
                if sqlite:
                    dangling = connection.execute(text("PRAGMA foreign_key_check")).all()
                    if dangling:
                        raise DanglingReferences(f"rows pointing at nothing after migrating: {dangling[:5]}")
        finally:
            if sqlite:
                connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")


run()
