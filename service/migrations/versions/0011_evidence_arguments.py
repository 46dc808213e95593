"""The arguments of own-dated stored mentions, one row each with the mention's verb and date: the search
for look-alikes whose dates clash walked every mention of a verb in a two-year window and tested its
arguments one row at a time, so its cost grew with the database (a quarter of an ingest at 50,000
events); it now reads the mentions of the verb that share an argument, from this index.

Revision ID: 0011
Revises: 0010
"""
import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# the mentions candidates.index_arguments copies when this revision was written
LOOKABLE = "ev.anchored_by IS NULL AND ev.earliest IS NOT NULL AND ev.predicate IS NOT NULL"


def upgrade() -> None:
    op.create_table(
        "evidence_arguments",
        sa.Column("evidence_id", sa.Integer(), sa.ForeignKey("evidence.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("argument", sa.String(200), primary_key=True),
        sa.Column("predicate", sa.String(100), nullable=False),
        sa.Column("earliest", sa.Date(), nullable=False),
        sa.Column("latest", sa.Date(), nullable=True),
        sa.Column("actors", sa.Text(), nullable=True),
    )
    if op.get_bind().dialect.name == "postgresql":
        elements = ("CROSS JOIN LATERAL json_array_elements_text(CASE WHEN json_typeof(ev.arguments) = 'array' "
                    "THEN ev.arguments ELSE CAST('[]' AS json) END) AS a(value) WHERE")
        value = "left(a.value, 200)"
    else:
        elements = "CROSS JOIN json_each(ev.arguments) AS a WHERE json_type(ev.arguments) = 'array' AND"
        value = "substr(a.value, 1, 200)"
    op.execute(f"INSERT INTO evidence_arguments (evidence_id, argument, predicate, earliest, latest, actors) "
               f"SELECT DISTINCT ev.id, {value}, ev.predicate, ev.earliest, ev.latest, lower(CAST(ev.actors AS TEXT)) "
               f"FROM evidence AS ev {elements} {LOOKABLE} AND a.value IS NOT NULL")
    op.create_index("ix_evidence_arguments_walk", "evidence_arguments", ["predicate", "argument", "earliest"])


def downgrade() -> None:
    op.drop_index("ix_evidence_arguments_walk", "evidence_arguments")
    op.drop_table("evidence_arguments")
