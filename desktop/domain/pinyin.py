"""Pinyin initials and full pinyin for search, with surname readings.

pypinyin is imported lazily, on the first character that needs it.
"""

from __future__ import annotations

from functools import lru_cache

from ._text import to_halfwidth

__all__ = ["COMPOUND_SURNAMES", "SURNAMES", "full_pinyin", "initials"]

# Single-character surnames whose surname reading differs from pypinyin's
# default reading of the character alone (checked against pypinyin 0.55).
# Characters such as 俞 任 华 沈 柏 贾 宁 尉 葛 蔺 牟 石 need no override.
SURNAMES: dict[str, str] = {
    "曾": "zeng",
    "单": "shan",
    "解": "xie",
    "仇": "qiu",
    "覃": "qin",
    "区": "ou",
    "查": "zha",
    "朴": "piao",
    "盖": "ge",
    "乐": "yue",
    "缪": "miao",
    "翟": "zhai",
    "秘": "bi",
    "种": "chong",
    "繁": "po",
    "员": "yun",
    "藏": "zang",
    "便": "pian",
    "折": "she",
    "句": "gou",
    "黑": "he",
}

# Compound surnames, read as a unit when they begin a person's name.
COMPOUND_SURNAMES: dict[str, tuple[str, str]] = {
    "尉迟": ("yu", "chi"),
    "万俟": ("mo", "qi"),
    "长孙": ("zhang", "sun"),
    "欧阳": ("ou", "yang"),
    "司马": ("si", "ma"),
    "诸葛": ("zhu", "ge"),
    "上官": ("shang", "guan"),
    "东方": ("dong", "fang"),
    "皇甫": ("huang", "fu"),
    "令狐": ("ling", "hu"),
    "宇文": ("yu", "wen"),
    "慕容": ("mu", "rong"),
    "公孙": ("gong", "sun"),
    "澹台": ("tan", "tai"),
}


def _is_han(ch: str) -> bool:
    cp = ord(ch)
    return (
        cp == 0x3007  # 〇
        or 0x3400 <= cp <= 0x4DBF
        or 0x4E00 <= cp <= 0x9FFF
        or 0xF900 <= cp <= 0xFAFF
        or 0x20000 <= cp <= 0x323AF
    )


@lru_cache(maxsize=8192)
def _char_pinyin(ch: str) -> str:
    """Toneless lower-case pinyin of one Han character, or "" if unknown."""
    from pypinyin import Style, lazy_pinyin

    result = lazy_pinyin(ch, style=Style.NORMAL)
    syllable = result[0].lower() if result else ""
    if syllable == ch or not (syllable.isascii() and syllable.isalpha()):
        return ""
    return syllable


def _syllables(name: str, person_name: bool) -> list[str]:
    """Split ``name`` into pinyin syllables and kept ASCII characters."""
    text = to_halfwidth(name).strip()
    out: list[str] = []
    start = 0
    if person_name and text[:2] in COMPOUND_SURNAMES:
        out.extend(COMPOUND_SURNAMES[text[:2]])
        start = 2
    elif person_name and text[:1] in SURNAMES:
        out.append(SURNAMES[text[0]])
        start = 1
    for ch in text[start:]:
        if ch.isascii():
            if ch.isalnum():
                out.append(ch.lower())
        elif _is_han(ch):
            syllable = _char_pinyin(ch)
            if syllable:
                out.append(syllable)
    return out


def initials(name: str, *, person_name: bool = True) -> str:
    """Lower-case pinyin initials, e.g. "张三" → "zs", "曾国藩" → "zgf".

    ASCII letters and digits are kept (lower-cased); other characters are dropped.
    With ``person_name`` the first character(s) use the surname reading.
    """
    return "".join(s[0] for s in _syllables(name, person_name))


def full_pinyin(name: str, *, person_name: bool = True) -> str:
    """Lower-case toneless pinyin without spaces, e.g. "单雄信" → "shanxiongxin"."""
    return "".join(_syllables(name, person_name))
