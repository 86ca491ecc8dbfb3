"""
The palvelupuu as pages draw it, and the alphabetical order names are listed in.
"""

import unicodedata
from dataclasses import dataclass, field
from functools import cached_property

from django.conf import settings
from django.utils.translation import get_language

from ..models import Node, Service

LANGUAGE_CODES = tuple(code for code, _name in settings.LANGUAGES)

# Finnish and Swedish alphabets end in å, ä, ö; æ and ø sort with ä and ö. The characters
# after "z" in ASCII keep them there in a plain string comparison.
NORDIC_LETTERS = {"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}"}
NORDIC_INITIALS = {"{": "Å", "|": "Ä", "}": "Ö"}


def collation_key(text, language=None):
    """
    A sort key for names in the alphabetical order of the language: in Finnish and Swedish
    Å, Ä and Ö come after Z, other accented letters sort with their base letter (é as e),
    case and punctuation are ignored.
    """
    language = language or get_language()
    nordic = language in ("fi", "sv")
    key = []
    for char in unicodedata.normalize("NFC", text.casefold()):
        if nordic and char in NORDIC_LETTERS:
            key.append(NORDIC_LETTERS[char])
            continue
        for part in unicodedata.normalize("NFD", char):
            if part.isalnum() or part == " ":
                key.append(part)
    return "".join(key).strip(), text


def initial_letter(text, language=None):
    """The letter a name is listed under in the A–Ö index."""
    folded = collation_key(text, language)[0]
    first = folded[:1]
    if first in NORDIC_INITIALS:
        return NORDIC_INITIALS[first]
    if first.isdigit():
        return "0–9"
    if first.isalpha():
        return first.upper()
    return "#"


def localized(field_name, language=None):
    return f"{field_name}_{language or get_language()}"


@dataclass(eq=False)
class Branch:
    """A node of the palvelupuu with its published services, as the navigation shows it."""

    node: Node
    parent: "Branch | None" = None
    children: list["Branch"] = field(default_factory=list)
    services: list[Service] = field(default_factory=list)
    is_current: bool = False
    is_open: bool = False

    @property
    def dom_id(self):
        return f"palvelupuu-{self.node.slug}"

    @property
    def has_children(self):
        return bool(self.children or self.services)

    @cached_property
    def service_ids(self):
        """The services of this node and every node below it."""
        ids = {service.pk for service in self.services}
        for child in self.children:
            ids |= child.service_ids
        return ids

    @property
    def service_count(self):
        return len(self.service_ids)

    def path(self):
        """The branches from the life situation down to this one."""
        chain, branch = [], self
        while branch is not None:
            chain.append(branch)
            branch = branch.parent
        return list(reversed(chain))


class Palvelupuu:
    """
    The whole service tree with its published services, in two queries: the nodes, and the
    services with the nodes they hang from. Every page that shows the tree builds it once.
    """

    def __init__(self, current_slug=None):
        nodes = list(Node.objects.all())
        self.branches = {node.pk: Branch(node) for node in nodes}
        self.roots = []
        for node in nodes:
            branch = self.branches[node.pk]
            parent = self.branches.get(node.parent_id)
            if parent is None:
                self.roots.append(branch)
            else:
                branch.parent = parent
                parent.children.append(branch)
                node.parent = parent.node

        names = [localized("name", code) for code in LANGUAGE_CODES]
        links = (
            Service.nodes.through.objects.filter(service__status=Service.Status.PUBLISHED)
            .select_related("service")
            .only("node_id", "service__slug", *(f"service__{name}" for name in names))
        )
        services = {}
        for link in links:
            service = services.setdefault(link.service_id, link.service)
            if link.node_id in self.branches:
                self.branches[link.node_id].services.append(service)
        self.services = list(services.values())
        language = get_language()
        for branch in self.branches.values():
            branch.services.sort(key=lambda service: collation_key(service.name, language))

        self.current = None
        if current_slug is not None:
            self.current = next(
                (b for b in self.branches.values() if b.node.slug == current_slug), None
            )
            if self.current is not None:
                self.current.is_current = True
                for branch in self.current.path():
                    branch.is_open = True
