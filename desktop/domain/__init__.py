"""Qt-free domain rules: validation, money, periods, pinyin and masking."""
