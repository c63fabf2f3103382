"""Where each kind of actor was last named in the article, kept up to date as we read.

"the company" means the last company named before it in its article, however far
back; looking back sentence by sentence made every description cost as much as the
article so far (quadratic in its length). Instead, each actor is filed under the keys
that a description can look for ("company": an organisation with "company" in its
name; "governor": a person whose role says so), and each key remembers the last
sentence of the article that named one of its actors outside a quotation.

An actor's keys follow its current name, kind and role: "Acme" that later turns out to
be "Acme Company" is found by "the company" in every sentence that named it, as the
sentence-by-sentence look-back found it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from briefgen.analyse.actors import Entity, Ref


class Recency:
    """The last sentence of the current article that names an actor of each key."""

    def __init__(self, keys_of: Callable[[Entity], set[Hashable]]) -> None:
        self.keys_of = keys_of
        self.keys: dict[int, set[Hashable]] = {}  # entity → its keys now
        self.members: dict[Hashable, set[int]] = {}  # key → its entities now
        self.named: dict[int, int] = {}  # entity → last sentence naming it, this article
        self.latest: dict[Hashable, int] = {}  # key → last sentence naming one of them

    def new_article(self) -> None:
        """A look-back stops at the start of its article."""
        self.named.clear()
        self.latest.clear()

    def update(self, entity: Entity) -> None:
        """Refile an actor after a mention changed its name, kind or role."""
        old = self.keys.get(entity.id, set())
        new = self.keys_of(entity)
        if new == old:
            return
        self.keys[entity.id] = new
        when = self.named.get(entity.id)
        for key in new - old:
            self.members.setdefault(key, set()).add(entity.id)
            if when is not None and when > self.latest.get(key, -1):
                self.latest[key] = when
        for key in old - new:
            members = self.members[key]
            members.discard(entity.id)
            # rare (a renamed actor): the key's last sentence is its other actors' latest
            times = [self.named[e] for e in members if e in self.named]
            if times:
                self.latest[key] = max(times)
            else:
                self.latest.pop(key, None)

    def read(self, sent: int, refs: list[Ref]) -> None:
        """A sentence fully resolved: its actors named outside quotations are the latest."""
        for ref in refs:
            if ref.quoted:
                continue
            self.named[ref.entity] = sent
            for key in self.keys.get(ref.entity, ()):
                self.latest[key] = sent

    def last(self, key: Hashable) -> int | None:
        """The last sentence before this one, in this article, naming an actor of `key`."""
        return self.latest.get(key)
