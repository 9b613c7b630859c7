"""The district workstation (区县工作台): open the district database with the district key, import report
packages (preview first), approve changed enterprise keys, and see the district against the plan.

Every figure comes from the pure core in :mod:`zgsz_desktop.district`; these modules only show and collect.
"""
