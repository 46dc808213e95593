"""Sources, events and the evidence linking them.

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("url", sa.String(2000), nullable=True),
        sa.Column("outlet", sa.String(200), nullable=True),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("published", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("edtf", sa.String(64), nullable=True),
        sa.Column("value", sa.String(64), nullable=True),
        sa.Column("earliest", sa.Date(), nullable=True),
        sa.Column("latest", sa.Date(), nullable=True),
        sa.Column("precision", sa.String(16), nullable=True),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("curated", sa.Boolean(), nullable=False),
        sa.Column("when_text", sa.String(200), nullable=True),
        sa.Column("reference", sa.Date(), nullable=True),
        sa.Column("rule", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_events_bounds", "events", ["earliest", "latest"])
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("event_id", sa.Integer(), sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
        sa.Column("source_id", sa.Integer(), sa.ForeignKey("sources.id", ondelete="CASCADE"), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("quote_start", sa.Integer(), nullable=False),
        sa.Column("quote_end", sa.Integer(), nullable=False),
        sa.Column("trigger", sa.String(200), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("expression", sa.String(200), nullable=True),
        sa.Column("expression_start", sa.Integer(), nullable=True),
        sa.Column("expression_end", sa.Integer(), nullable=True),
        sa.Column("value", sa.String(64), nullable=True),
        sa.Column("edtf", sa.String(64), nullable=True),
        sa.Column("earliest", sa.Date(), nullable=True),
        sa.Column("latest", sa.Date(), nullable=True),
        sa.Column("precision", sa.String(16), nullable=True),
        sa.Column("reference", sa.Date(), nullable=True),
        sa.Column("rule", sa.Text(), nullable=True),
    )
    op.create_index("ix_evidence_event_id", "evidence", ["event_id"])
    op.create_index("ix_evidence_source_id", "evidence", ["source_id"])


def downgrade() -> None:
    op.drop_table("evidence")
    op.drop_index("ix_events_bounds", table_name="events")
    op.drop_table("events")
    op.drop_table("sources")
