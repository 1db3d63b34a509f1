"""Error hierarchy and import hygiene of desktop.domain."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.domain.credit_code import InvalidCreditCode
from desktop.domain.errors import DomainError
from desktop.domain.id_number import InvalidIdNumber
from desktop.domain.money import InvalidAmount
from desktop.domain.periods import InvalidPeriod
from desktop.domain.phone import InvalidPhone

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "cls",
    [InvalidIdNumber, InvalidCreditCode, InvalidPhone, InvalidAmount, InvalidPeriod],
)
def test_subclasses_are_domain_errors(cls: type[DomainError]) -> None:
    err = cls("金额为空，请输入数字。")
    assert isinstance(err, DomainError)
    assert isinstance(err, ValueError)
    assert str(err) == "金额为空，请输入数字。"
    assert err.message == "金额为空，请输入数字。"


def test_domain_error_is_catchable_as_value_error() -> None:
    with pytest.raises(ValueError, match="请核对"):
        raise InvalidPhone("手机号码应为以1开头的11位数字，请核对。")


def test_importing_domain_does_not_import_qt_or_pypinyin() -> None:
    code = (
        "import sys\n"
        "import desktop.domain, desktop.domain.errors, desktop.domain.id_number\n"
        "import desktop.domain.credit_code, desktop.domain.phone\n"
        "import desktop.domain.money\n"
        "import desktop.domain.periods, desktop.domain.pinyin, desktop.domain.masking\n"
        "assert 'PySide6' not in sys.modules, 'PySide6 imported'\n"
        "assert 'pypinyin' not in sys.modules, 'pypinyin imported eagerly'\n"
        "from desktop.domain.pinyin import initials\n"
        "assert initials('张三') == 'zs'\n"
        "assert 'pypinyin' in sys.modules\n"
        "assert 'PySide6' not in sys.modules\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
