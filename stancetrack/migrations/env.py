"""Alembic environment for the workspace store.

The app runs migrations itself (``stancetrack.workspace.open_workspace``) on a
connection it has already locked (SQLite ``BEGIN IMMEDIATE``, PostgreSQL
advisory lock), handed in as ``config.attributes["connection"]``; this file
only runs them there. Offline (``--sql``) mode renders the DDL for a DBA.
"""
from __future__ import annotations

from alembic import context

config = context.config


def run_offline() -> None:
    context.configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True,
                      dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # `alembic upgrade head` by hand: open our own connection
        from sqlalchemy import create_engine

        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as conn:
            context.configure(connection=conn, render_as_batch=True)
            with context.begin_transaction():
                context.run_migrations()
        return
    context.configure(connection=connection, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
