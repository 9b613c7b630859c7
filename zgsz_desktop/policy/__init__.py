"""Policy editions: the targets, quotas, rules and indications of one policy period, as data with sources.

A submission is measured against the edition that covers its period (``edition_for_period``): a 2024
submission against the Nantong 2022–2024 plan (the seed), a 2025 one against the 2025–2027 edition. A
district can load a newer edition signed by the city (``signed.py``) without a new release.
"""

from .edition import (
    CONFIDENCE_LABELS,
    EditionError,
    Indication,
    PolicyEdition,
    QuotaRowSpec,
    Source,
    edition_for_period,
    edition_for_year,
    parse_edition,
    shipped_editions,
)

__all__ = ["CONFIDENCE_LABELS", "EditionError", "Indication", "PolicyEdition", "QuotaRowSpec", "Source",
           "edition_for_period", "edition_for_year", "parse_edition", "shipped_editions"]
