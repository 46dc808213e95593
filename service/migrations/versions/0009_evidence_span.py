"""How long a stored mention's period is, as a class: 0 up to a month, 1 up to WIDE_DAYS (a year of any
calendar), 2 longer ('the 2010s', 'since 2015'). Merge candidates dated near an article are then read
from bounded ranges of the (span, predicate, earliest) index (a mention of class 0 that reaches a date
starts at most a month before it, one of class 1 at most WIDE_DAYS), and the few of class 2 whole,
instead of every mention of the verb that starts earlier.

Revision ID: 0009
Revises: 0008
"""
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

SPANS = (31, 400)  # service.store.models.SPAN_DAYS when this revision was written


def upgrade() -> None:
    op.add_column("evidence", sa.Column("span", sa.Integer(), nullable=False, server_default="0"))
    days = ("latest - earliest" if op.get_bind().dialect.name == "postgresql"
            else "julianday(latest) - julianday(earliest)")
    op.execute(f"UPDATE evidence SET span = CASE WHEN {days} <= {SPANS[0]} THEN 0 "
               f"WHEN {days} <= {SPANS[1]} THEN 1 ELSE 2 END WHERE earliest IS NOT NULL AND latest IS NOT NULL")
    op.create_index("ix_evidence_span_predicate_earliest", "evidence", ["span", "predicate", "earliest"])


def downgrade() -> None:
    op.drop_index("ix_evidence_span_predicate_earliest", "evidence")
    with op.batch_alter_table("evidence") as batch:
        batch.drop_column("span")
