"""Pinyin initials and full pinyin with surname readings."""

from __future__ import annotations

import pytest

from desktop.domain.pinyin import (
    COMPOUND_SURNAMES,
    SURNAMES,
    _char_pinyin,
    full_pinyin,
    initials,
)


def test_basic() -> None:
    assert initials("张三") == "zs"
    assert full_pinyin("张三") == "zhangsan"
    assert initials("李·四") == "ls"
    assert initials(" 王五 ") == "ww"
    assert initials("ab张三1") == "abzs1"
    assert initials("Ｔｏｍ王") == "tomw"
    assert full_pinyin("吕绿") == "lvlv"
    assert initials("") == ""
    assert initials("，。！") == ""


@pytest.mark.parametrize(
    ("name", "full"),
    [
        ("曾国藩", "zengguofan"),
        ("单雄信", "shanxiongxin"),
        ("解缙", "xiejin"),
        ("区", "ou"),
        ("尉迟恭", "yuchigong"),
        ("万俟卨", "moqixie"),
        ("长孙无忌", "zhangsunwuji"),
        ("澹台灭明", "tantaimieming"),
        ("查良镛", "zhaliangyong"),
        ("翟志刚", "zhaizhigang"),
    ],
)
def test_full_pinyin_surnames(name: str, full: str) -> None:
    assert full_pinyin(name) == full


SURNAME_INITIALS = {
    "曾": "z", "单": "s", "解": "x", "仇": "q", "覃": "q", "区": "o", "查": "z",
    "朴": "p", "盖": "g", "尉迟": "yc", "万俟": "mq", "长孙": "zs", "乐": "y",
    "缪": "m", "翟": "z", "秘": "b", "种": "c", "繁": "p", "员": "y", "俞": "y",
    "任": "r", "华": "h", "沈": "s", "柏": "b", "贾": "j", "宁": "n", "尉": "w",
    "藏": "z", "便": "p", "折": "s", "句": "g", "黑": "h", "葛": "g", "蔺": "l",
    "牟": "m", "石": "s", "欧阳": "oy", "诸葛": "zg", "司马": "sm", "上官": "sg",
}  # fmt: skip


@pytest.mark.parametrize(("surname", "expected"), sorted(SURNAME_INITIALS.items()))
def test_surname_initials(surname: str, expected: str) -> None:
    assert initials(surname + "明") == expected + "m"


def test_overrides_only_where_default_differs() -> None:
    for ch, reading in SURNAMES.items():
        assert _char_pinyin(ch) != reading, ch
    for ch, reading in {
        "俞": "yu",
        "任": "ren",
        "华": "hua",
        "沈": "shen",
        "石": "shi",
    }.items():
        assert ch not in SURNAMES
        assert _char_pinyin(ch) == reading


def test_surname_rule_only_for_first_character_of_person_names() -> None:
    assert full_pinyin("王单") == "wangdan"
    assert full_pinyin("曾经", person_name=False) == "cengjing"
    assert initials("单位", person_name=False) == "dw"
    assert initials("尉迟恭", person_name=False) == "wcg"
    assert initials("李尉迟") == "lwc"
    assert set(COMPOUND_SURNAMES) >= {"欧阳", "司马", "诸葛", "上官", "公孙", "慕容"}


def test_per_character_cache() -> None:
    _char_pinyin.cache_clear()
    initials("张张张")
    info = _char_pinyin.cache_info()
    assert (info.misses, info.hits) == (1, 2)
