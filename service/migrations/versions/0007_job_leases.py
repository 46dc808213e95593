"""Jobs survive crashes: a lease their worker renews, and one result row per article keyed by its
position, so a redelivered chunk is counted once.

The results move from the `jobs.results` JSON list to `job_results` rows and back on downgrade; old
error texts are replaced by a short reason, as they may hold SQL and article text.

Revision ID: 0007
Revises: 0006
"""
import json

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

RESULT_COLUMNS = ("source_id", "created", "events")
# errors written before this revision are exception texts that can hold SQL and article text: not kept
OLD_ERROR = "not ingested: an error recorded before errors were made safe to show"


def _results_table() -> sa.Table:
    return sa.table("job_results", sa.column("job_id", sa.String), sa.column("article_index", sa.Integer),
                    sa.column("source_id", sa.Integer), sa.column("created", sa.Boolean),
                    sa.column("events", sa.Integer), sa.column("error", sa.String))


def _as_list(value) -> list:
    if isinstance(value, str):
        value = json.loads(value)
    return value or []


def upgrade() -> None:
    connection = op.get_bind()
    rows = []
    for job_id, results in connection.execute(sa.text("SELECT id, results FROM jobs")):
        seen = set()
        for result in _as_list(results):
            index = result.get("index")
            if index is None or index in seen:  # the old list could hold a redelivered article twice
                continue
            seen.add(index)
            rows.append({"job_id": job_id, "article_index": index, "error": OLD_ERROR if result.get("error") else None,
                         **{name: result.get(name) for name in RESULT_COLUMNS}})
    # jobs first: on SQLite the batch rebuild drops the old table, which would cascade to job_results rows
    with op.batch_alter_table("jobs") as batch:
        batch.add_column(sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("owner", sa.String(200), nullable=True))
        batch.drop_column("results")
    op.create_table(
        "job_results",
        sa.Column("job_id", sa.String(36), sa.ForeignKey("jobs.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("article_index", sa.Integer(), primary_key=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("created", sa.Boolean(), nullable=True),
        sa.Column("events", sa.Integer(), nullable=True),
        sa.Column("error", sa.String(300), nullable=True),
    )
    if rows:
        op.bulk_insert(_results_table(), rows)


def downgrade() -> None:
    with op.batch_alter_table("jobs") as batch:
        batch.add_column(sa.Column("results", sa.JSON(), nullable=True))
    connection = op.get_bind()
    results: dict[str, list] = {}
    query = sa.text("SELECT job_id, article_index, source_id, created, events, error FROM job_results "
                    "ORDER BY job_id, article_index")
    for job_id, index, source_id, created, events, error in connection.execute(query):
        item = {"index": index, "source_id": source_id, "created": created, "events": events, "error": error}
        results.setdefault(job_id, []).append({k: v for k, v in item.items() if v is not None})
    jobs = sa.table("jobs", sa.column("id", sa.String), sa.column("results", sa.JSON))
    for job_id in [row[0] for row in connection.execute(sa.text("SELECT id FROM jobs"))]:
        connection.execute(jobs.update().where(jobs.c.id == job_id).values(results=results.get(job_id, [])))
    with op.batch_alter_table("jobs") as batch:
        batch.alter_column("results", existing_type=sa.JSON(), nullable=False)
        batch.drop_column("owner")
        batch.drop_column("lease_until")
    op.drop_table("job_results")
