"""The content hash of a definition: SHA-256 over the canonical JSON of the parsed definition (keys sorted, no
insignificant whitespace, UTF-8), so reformatting or re-commenting the YAML does not change it but any change
of meaning does. Packages and workspaces name the definition they were scored with by it."""

from __future__ import annotations

import hashlib
import json

from ..jsontypes import JSONValue


def content_hash(data: JSONValue) -> str:
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
