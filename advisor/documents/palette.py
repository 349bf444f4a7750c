"""The two colours of every chart and of the PDF brief: for going, against going.

Blue and vermilion from the Okabe-Ito palette, told apart by people with any common colour
blindness; the brief draws its bars in them without loading the chart library.
"""

from __future__ import annotations

PRO_COLOUR = "#0072B2"
CON_COLOUR = "#D55E00"
