"""竞赛规则 without the database: award tiers, the ranking rule with ties, entrant kinds."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

ENTRANT_LABELS = {"person": "个人", "team": "团体（队伍）", "organization": "单位"}
ENTRANT_BY_LABEL = {"个人": "person", "团体": "team", "队伍": "team", "团体（队伍）": "team", "班组": "team",
                    "单位": "organization"}


def parse_tiers(text: str) -> tuple[str, ...]:
    """"一等奖、二等奖，三等奖 优秀奖" → the tiers in order, each once."""
    parts = re.split(r"[、,，;；/\s]+", text or "")
    return tuple(dict.fromkeys(p for p in (part.strip() for part in parts) if p))


def name_key(text: str) -> str:
    """What makes two names the same to a clerk: no spaces, no width differences ("象棋(男子组)" = "象棋（男子组）")."""
    from desktop.domain._text import to_halfwidth

    return "".join(to_halfwidth(text or "").split())


def join_tiers(tiers: Sequence[str]) -> str:
    return "、".join(tiers)


def rank_problem(ranks: Sequence[int]) -> str:
    """"" when ``ranks`` follow the rule, else why not.

    Standard competition ranking: an entrant's rank is one more than the number of entrants ahead,
    so ties share a rank and the next rank is skipped (1, 1, 3; 1, 2, 2, 4). Ranks may stop early
    (only the top three recorded) but may not leave a gap before a rank that is given.
    """
    if not ranks:
        return ""
    if any(r < 1 for r in ranks):
        return "名次应为从 1 开始的正整数。"
    counts = Counter(ranks)
    ahead, previous = 0, 0
    for rank in sorted(counts):
        expected = ahead + 1
        if rank != expected:
            if ahead == 0:
                return f"名次应从第 1 名开始，现在最前面的是第 {rank} 名。"
            if rank < expected and counts[previous] > 1:
                return (f"第 {previous} 名有 {counts[previous]} 个并列，下一个名次应为第 {expected} 名"
                        f"（并列占用名次，如 1、1、3），不能是第 {rank} 名。")
            if rank < expected:
                return f"第 {rank} 名前面已有 {ahead} 个参赛者，名次应为第 {expected} 名。"
            return f"名次中缺少第 {expected} 名：前面有 {ahead} 个参赛者，下一个名次应为第 {expected} 名，不能跳到第 {rank} 名。"
        ahead += counts[rank]
        previous = rank
    return ""


def ranks_for_order(tied_with_previous: Sequence[bool]) -> list[int]:
    """Ranks for entrants typed in finishing order; ``True`` ties an entrant with the one above (1, 1, 3)."""
    ranks: list[int] = []
    for i, tied in enumerate(tied_with_previous):
        ranks.append(ranks[-1] if tied and ranks else i + 1)
    return ranks
