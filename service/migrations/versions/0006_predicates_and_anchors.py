"""Event mentions read off a parse: the predicate each one names (the merge's blocking key), who did
it and to what, how an undated mention got its date, and participants as rows so `?entity=` matches
names, not JSON text.

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("evidence") as batch:
        batch.add_column(sa.Column("predicate", sa.String(100), nullable=True))
        batch.add_column(sa.Column("anchored_by", sa.String(16), nullable=True))
        batch.add_column(sa.Column("title_quality", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("actors", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("arguments", sa.JSON(), nullable=True))
        batch.create_index("ix_evidence_predicate_earliest", ["predicate", "earliest"])
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("anchored_by", sa.String(16), nullable=True))
        batch.add_column(sa.Column("source_count", sa.Integer(), nullable=False, server_default="0"))
    op.execute("UPDATE events SET source_count = (SELECT COUNT(DISTINCT source_id) FROM evidence "
               "WHERE evidence.event_id = events.id)")
    op.create_table(
        "event_participants",
        sa.Column("event_id", sa.Integer(), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("name_key", sa.String(200), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
    )
    op.create_index("ix_event_participants_name_key", "event_participants", ["name_key"])


def downgrade() -> None:
    op.drop_index("ix_event_participants_name_key", "event_participants")
    op.drop_table("event_participants")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("source_count")
        batch.drop_column("anchored_by")
    with op.batch_alter_table("evidence") as batch:
        batch.drop_index("ix_evidence_predicate_earliest")
        for column in ("arguments", "actors", "title_quality", "anchored_by", "predicate"):
            batch.drop_column(column)
