"""Evidence gets its own title, trigger offsets, participants and estimated-reference flag; sources an
estimated-date flag; events record date conflicts with look-alike events.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.add_column(sa.Column("published_estimated", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("evidence") as batch:
        batch.add_column(sa.Column("title", sa.String(300), nullable=True))
        batch.add_column(sa.Column("trigger_start", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("trigger_end", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("participants", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("reference_estimated", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("linked", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_table(
        "conflicts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("event_id", sa.Integer(), sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
        sa.Column("other_event_id", sa.Integer(), sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
        sa.UniqueConstraint("event_id", "other_event_id", name="uq_conflicts_pair"),
    )
    op.create_index("ix_conflicts_event_id", "conflicts", ["event_id"])


def downgrade() -> None:
    op.drop_index("ix_conflicts_event_id", table_name="conflicts")
    op.drop_table("conflicts")
    with op.batch_alter_table("evidence") as batch:
        for column in ("linked", "reference_estimated", "participants", "trigger_end", "trigger_start", "title"):
            batch.drop_column(column)
    with op.batch_alter_table("sources") as batch:
        batch.drop_column("published_estimated")
