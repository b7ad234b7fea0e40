"""The record draws of the page benches' held-out rounds, by the mark a round's families carry in
their names (5+ ... 17+): bench_structure.py renders a round's text layouts and bench_html.py its
HTML templates from the records its session drew (fresh lines, a seed of its own, no dev gold
article), so a new round's draw is named here once for both. Earlier rounds (+ to ++++) and the
templates without a mark read each bench's common sample."""

from __future__ import annotations

from collections.abc import Callable

from layouts_eighteenth import fresh_records as eighteenth_records
from layouts_fifteenth import fresh_records as fifteenth_records
from layouts_fourteenth import fresh_records as fourteenth_records
from layouts_nineteenth import fresh_records as nineteenth_records
from layouts_seventeenth import fresh_records as seventeenth_records
from layouts_sixteenth import fresh_records as sixteenth_records
from layouts_thirteenth import fresh_records as thirteenth_records
from layouts_thirteenth import second_round_records
from layouts_twelfth import fresh_records as twelfth_records
from layouts_twentieth import fresh_records as twentieth_records
from layouts_twentyfifth import fresh_records as twentyfifth_records
from layouts_twentyfirst import fresh_records as twentyfirst_records
from layouts_twentyfourth import fresh_records as twentyfourth_records
from layouts_twentysecond import fresh_records as twentysecond_records
from layouts_twentysixth import fresh_records as twentysixth_records
from layouts_twentythird import fresh_records as twentythird_records
from page_builder import Record

#: A round's mark → the draw of its records (n → n records). A later round of a session (5++, 10++)
#: reads its first round's draw but for the thirteenth's, which drew again.
DRAWS: dict[str, Callable[[int], list[Record]]] = {
    "5+": twelfth_records, "5++": twelfth_records,
    "6+": thirteenth_records, "6++": second_round_records,
    "7+": fourteenth_records, "8+": fifteenth_records, "9+": sixteenth_records,
    "10+": seventeenth_records, "10++": seventeenth_records, "11+": eighteenth_records,
    "12+": nineteenth_records, "13+": twentieth_records, "14+": twentyfirst_records,
    "15+": twentysecond_records, "16+": twentythird_records, "17+": twentyfourth_records,
    "18+": twentyfifth_records, "19+": twentysixth_records,
}
