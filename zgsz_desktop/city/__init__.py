"""The city (市工信局) workspace: district summary packages imported, verified against pinned district keys,
and consolidated against the plan's city-wide targets (issue #17)."""
