"""companywatch: follow the companies you applied to, one morning digest a day."""

from __future__ import annotations

__version__ = "0.1.0"
