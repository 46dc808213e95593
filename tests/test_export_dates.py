"""Dates as people write them: one wording for the JSON, the page and every export."""

from __future__ import annotations

from datetime import date

import pytest

from service.exports.dates import human_date

D = date


@pytest.mark.parametrize(("first", "last", "precision", "edtf", "said"), [
    (D(2023, 2, 18), D(2023, 2, 18), "day", "2023-02-18", "18 February 2023"),
    (D(2023, 2, 18), D(2023, 2, 18), "day", "2023-02-18~", "about 18 February 2023"),
    (D(2023, 2, 20), D(2023, 2, 26), "week", "2023-02-20/2023-02-26", "week of 20 February 2023"),
    (D(2023, 2, 25), D(2023, 2, 26), "weekend", "2023-02-25/2023-02-26", "weekend of 25–26 February 2023"),
    (D(2023, 2, 5), D(2023, 2, 6), "range", "2023-02-05/2023-02-06", "5–6 February 2023"),
    (D(2023, 2, 28), D(2023, 3, 3), "range", "2023-02-28/2023-03-03", "28 February – 3 March 2023"),
    (D(2022, 12, 30), D(2023, 1, 2), "range", "2022-12-30/2023-01-02", "30 December 2022 – 2 January 2023"),
    (D(2023, 11, 1), D(2023, 11, 30), "month", "2023-11", "November 2023"),
    (D(2023, 3, 1), D(2023, 5, 31), "season", "2023-21", "March–May 2023"),
    (D(2022, 11, 1), D(2023, 1, 31), "range", "2022-11/2023-01", "November 2022 – January 2023"),
    (D(2023, 1, 1), D(2023, 12, 31), "year", "2023", "2023"),
    (D(2020, 1, 1), D(2029, 12, 31), "decade", "202X", "the 2020s"),
    (None, None, None, None, "undated"),
])
def test_human_dates(first, last, precision, edtf, said):
    assert human_date(first, last, precision, edtf) == said
