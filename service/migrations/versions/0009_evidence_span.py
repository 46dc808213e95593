"""How long a stored mention's period is, as a class: 0 a day, 1 up to a month, 2 up to 400 days (a year
of any calendar), 3 longer ('the 2010s', 'since 2015'). Merge candidates dated near an article are then
read from bounded ranges of the (span, predicate, earliest) index (a mention of class 1 that reaches a
date starts at most a month before it, one of class 2 at most 400 days), and the few of class 3 whole,
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

SPANS = (0, 31, 400)  # service.store.models.SPAN_DAYS when this revision was written


def upgrade() -> None:
    op.add_column("evidence", sa.Column("span", sa.Integer(), nullable=False, server_default="0"))
    days = ("latest - earliest" if op.get_bind().dialect.name == "postgresql"
            else "julianday(latest) - julianday(earliest)")
    cases = " ".join(f"WHEN {days} <= {most} THEN {n}" for n, most in enumerate(SPANS))
    op.execute(f"UPDATE evidence SET span = CASE {cases} ELSE {len(SPANS)} END "
               "WHERE earliest IS NOT NULL AND latest IS NOT NULL")
    op.create_index("ix_evidence_span_predicate_earliest", "evidence", ["span", "predicate", "earliest"])


def downgrade() -> None:
    op.drop_index("ix_evidence_span_predicate_earliest", "evidence")
    with op.batch_alter_table("evidence") as batch:
        batch.drop_column("span")
