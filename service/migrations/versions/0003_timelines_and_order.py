"""Named timelines (sets of sources, with events added or hidden by hand) and a stored order key for
events, so the database sorts and pages the timeline.

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

PRECISION_RANK = {"minute": 0, "part of day": 1, "day": 2, "weekend": 3, "week": 4, "range": 5, "part": 6, "month": 7,
                  "season": 8, "quarter": 9, "half": 10, "year": 11, "fiscal year": 12, "decade": 13, "century": 14,
                  "open": 15}


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("order_key", sa.String(400), nullable=False, server_default=""))
        batch.create_index("ix_events_order_key", ["order_key"])
    events = sa.table("events", sa.column("id", sa.Integer), sa.column("earliest", sa.Date),
                      sa.column("latest", sa.Date), sa.column("precision", sa.String), sa.column("title", sa.String),
                      sa.column("order_key", sa.String))
    connection = op.get_bind()
    for row in connection.execute(sa.select(events.c.id, events.c.earliest, events.c.latest, events.c.precision,
                                            events.c.title)).all():
        first = row.earliest.isoformat() if row.earliest else "9999-12-31"
        last = row.latest.isoformat() if row.latest else "9999-12-31"
        rank = PRECISION_RANK.get(row.precision or "open", 99)
        key = f"{first}|{last}|{rank:02d}|{row.title.lower()[:300]}"
        connection.execute(events.update().where(events.c.id == row.id).values(order_key=key))
    op.create_table(
        "timelines",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("slug", sa.String(64), nullable=False, unique=True),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "timeline_sources",
        sa.Column("timeline_id", sa.Integer(), sa.ForeignKey("timelines.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("source_id", sa.Integer(), sa.ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_table(
        "timeline_events",
        sa.Column("timeline_id", sa.Integer(), sa.ForeignKey("timelines.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("event_id", sa.Integer(), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("hidden", sa.Boolean(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("timeline_events")
    op.drop_table("timeline_sources")
    op.drop_table("timelines")
    with op.batch_alter_table("events") as batch:
        batch.drop_index("ix_events_order_key")
        batch.drop_column("order_key")
