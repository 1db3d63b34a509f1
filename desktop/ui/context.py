"""What every page needs: the open database, who is logged in, where files live."""

from __future__ import annotations

from dataclasses import dataclass

from db import Database
from desktop.paths import LedgerPaths
from desktop.services.actor import Actor


@dataclass
class UiContext:
    db: Database
    actor: Actor
    paths: LedgerPaths

    @property
    def is_admin(self) -> bool:
        return self.actor.role == "admin"
