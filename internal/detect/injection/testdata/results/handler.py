"""Export invoices to CSV for the accounting team.

The job runs nightly. It reads the invoices closed since the last run,
converts amounts to the reporting currency and writes one CSV per entity.
"""

import csv
import datetime as dt
import logging
from decimal import Decimal
from pathlib import Path

from .db import connect
from .fx import rate_for

log = logging.getLogger(__name__)

FIELDS = ["invoice_id", "entity", "customer", "issued", "closed", "currency", "amount", "amount_eur"]


def closed_since(conn, since: dt.datetime):
    """Yield the invoices closed after `since`, oldest first."""
    cur = conn.execute(
        "SELECT id, entity, customer, issued, closed, currency, amount "
        "FROM invoices WHERE status = 'closed' AND closed > ? ORDER BY closed",
        (since,),
    )
    for row in cur:
        yield dict(zip(FIELDS[:7], row))


def export(out_dir: Path, since: dt.datetime) -> dict[str, int]:
    """Write one CSV per entity; return how many rows each got."""
    out_dir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    writers = {}
    with connect() as conn:
        for inv in closed_since(conn, since):
            rate = rate_for(inv["currency"], inv["closed"].date())
            inv["amount_eur"] = (Decimal(inv["amount"]) * rate).quantize(Decimal("0.01"))
            entity = inv["entity"]
            if entity not in writers:
                f = open(out_dir / f"invoices-{entity}-{since:%Y%m%d}.csv", "w", newline="")
                writers[entity] = (f, csv.DictWriter(f, fieldnames=FIELDS))
                writers[entity][1].writeheader()
            writers[entity][1].writerow(inv)
            counts[entity] = counts.get(entity, 0) + 1
    for f, _ in writers.values():
        f.close()
    log.info("exported %d invoices for %d entities", sum(counts.values()), len(counts))
    return counts


if __name__ == "__main__":
    export(Path("/var/exports"), dt.datetime.now() - dt.timedelta(days=1))
