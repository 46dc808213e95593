"""An index of the stored plans dated only by their publication (anchored_by 'publication', not
occurred), by span class, predicate and earliest: merge candidates read every such plan of an
article's predicates within a two-year window, and the full (span, predicate, earliest) index made
that a walk through every mention of those verbs in the window (half the candidate look-up at 50,000
events). Partial, so it holds only those few rows.

Revision ID: 0010
Revises: 0009
"""
import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

WHERE = "anchored_by = 'publication' AND status <> 'occurred'"  # models.PLANS_WHERE when this was written


def upgrade() -> None:
    op.create_index("ix_evidence_plans", "evidence", ["span", "predicate", "earliest"],
                    sqlite_where=sa.text(WHERE), postgresql_where=sa.text(WHERE))


def downgrade() -> None:
    op.drop_index("ix_evidence_plans", "evidence")
