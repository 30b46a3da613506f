"""The command palette (ctrl+p): every action of ``tui/actions.py`` by its
"namespace: verb" name."""
from __future__ import annotations

from functools import partial

from commitments.tui.actions import ACTIONS
from textual.command import DiscoveryHit, Hit, Hits, Provider


class BrowserCommands(Provider):
    def _run(self, action: str):
        return partial(self.app.run_action, action)

    async def discover(self) -> Hits:
        for a in ACTIONS:
            yield DiscoveryHit(a.palette_name, self._run(a.action), help=a.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for a in ACTIONS:
            score = matcher.match(a.palette_name)
            if score > 0:
                yield Hit(score, matcher.highlight(a.palette_name), self._run(a.action), help=a.help)
