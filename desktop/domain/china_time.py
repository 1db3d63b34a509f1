"""Timestamps are stored in UTC and shown in China time (UTC+8, no daylight saving)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

CHINA_TZ = timezone(timedelta(hours=8), "CST")


def to_china_time(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("naive datetime: timestamps must carry their time zone")
    return moment.astimezone(CHINA_TZ)


def format_datetime(moment: datetime | None) -> str:
    """``2026-11-22 14:03`` in China time; empty for None."""
    return "" if moment is None else to_china_time(moment).strftime("%Y-%m-%d %H:%M")
