"""Workspace store: statements, sources, imports, audit trail, aliases.

Revision ID: 0001
Revises:
Create Date: 2025-07-01
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "workspace_state",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("workspace_id", sa.String(36), nullable=False),
        sa.Column("revision", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "imports",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("user_name", sa.Text),
        sa.Column("file", sa.Text, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),  # table | article
        sa.Column("added", sa.Integer, nullable=False),
        sa.Column("rejected", sa.Integer, nullable=False),
        sa.Column("skipped", sa.Integer, nullable=False),
        sa.Column("messages", sa.Text),
        sa.Column("undone_at", sa.DateTime),
        sa.Column("undone_by", sa.Text),
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.Text, nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("text", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("import_id", sa.Integer, sa.ForeignKey("imports.id", ondelete="SET NULL")),
        sa.Column("at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "statements",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("statement_id", sa.Text, nullable=False, unique=True),
        sa.Column("actor", sa.Text, nullable=False),
        sa.Column("actor_type", sa.Text),
        sa.Column("affiliation", sa.Text),
        sa.Column("topic", sa.Text, nullable=False),
        sa.Column("stance", sa.SmallInteger, nullable=False),
        sa.Column("date", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("date_precision", sa.String(16)),
        sa.Column("date_text", sa.Text),
        sa.Column("date_basis", sa.String(16)),
        sa.Column("quote", sa.Text),
        sa.Column("source", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("start", sa.BigInteger),
        sa.Column("end", sa.BigInteger),
        sa.Column("notes", sa.Text),
        sa.Column("reported_by", sa.Text),
        sa.Column("date_flag", sa.Text),
        sa.Column("import_id", sa.Integer, sa.ForeignKey("imports.id", ondelete="SET NULL")),
        sa.Column("updated_at", sa.DateTime),
        sa.CheckConstraint("stance BETWEEN -2 AND 2", name="ck_statements_stance"),
    )
    op.create_index("ix_statements_actor", "statements", ["actor"])
    op.create_index("ix_statements_topic", "statements", ["topic"])
    op.create_index("ix_statements_import", "statements", ["import_id"])
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("user_name", sa.Text),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("target", sa.Text),
        sa.Column("field", sa.Text),
        sa.Column("old", sa.Text),
        sa.Column("new", sa.Text),
        sa.Column("import_id", sa.Integer),
    )
    op.create_index("ix_audit_target", "audit", ["target"])
    op.create_table(
        "aliases",
        sa.Column("kind", sa.String(16), primary_key=True),
        sa.Column("alias_key", sa.Text, primary_key=True),  # lower-cased spelling
        sa.Column("alias", sa.Text, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("user_name", sa.Text),
    )


def downgrade() -> None:
    for t in ("aliases", "audit", "statements", "sources", "imports", "workspace_state"):
        op.drop_table(t)
