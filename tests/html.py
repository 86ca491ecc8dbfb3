"""A small HTML tree for asserting on rendered pages without a third-party parser."""

from html.parser import HTMLParser

VOID_ELEMENTS = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}


class Element:
    def __init__(self, tag, attrs, parent=None):
        self.tag = tag
        self.attrs = {name: ("" if value is None else value) for name, value in attrs}
        self.parent = parent
        self.children = []

    def __repr__(self):
        return f"<{self.tag} {self.attrs}>"

    def iter(self):
        for child in self.children:
            if isinstance(child, Element):
                yield child
                yield from child.iter()

    def find_all(self, tag=None, **attrs):
        """Descendants with the tag and attributes; class_ matches one class among several."""
        wanted = {name.rstrip("_").replace("_", "-"): value for name, value in attrs.items()}
        found = []
        for element in self.iter():
            if tag and element.tag != tag:
                continue
            if all(element.has_attr(name, value) for name, value in wanted.items()):
                found.append(element)
        return found

    def find(self, tag=None, **attrs):
        found = self.find_all(tag, **attrs)
        return found[0] if found else None

    def has_attr(self, name, value=True):
        if name not in self.attrs:
            return False
        if value is True:
            return True
        if name == "class":
            return value in self.attrs["class"].split()
        return self.attrs[name] == value

    @property
    def text(self):
        parts = []
        for child in self.children:
            parts.append(child.text if isinstance(child, Element) else child)
        return " ".join(" ".join(parts).split())

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", [])
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        element = Element(tag, attrs, self.current)
        self.current.children.append(element)
        if tag not in VOID_ELEMENTS:
            self.current = element

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Element(tag, attrs, self.current))

    def handle_endtag(self, tag):
        node = self.current
        while node is not self.root and node.tag != tag:
            node = node.parent
        if node is not self.root:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse(content):
    """Parse a response's content (bytes or str) into an Element tree."""
    if isinstance(content, bytes):
        content = content.decode()
    builder = _TreeBuilder()
    builder.feed(content)
    builder.close()
    return builder.root


def page(response):
    return parse(response.content)


def form_data(form):
    """What a browser would submit for a form as rendered: every named control's value."""
    data = {}
    for element in form.iter():
        name = element.attrs.get("name")
        if not name or element.has_attr("disabled"):
            continue
        if element.tag == "input":
            kind = element.attrs.get("type", "text")
            if kind in ("submit", "button", "image", "reset", "file"):
                continue
            if kind in ("checkbox", "radio"):
                if element.has_attr("checked"):
                    data.setdefault(name, []).append(element.attrs.get("value", "on"))
                continue
            data[name] = element.attrs.get("value", "")
        elif element.tag == "textarea":
            data[name] = "".join(c for c in element.children if isinstance(c, str)).lstrip("\n")
        elif element.tag == "select":
            options = element.find_all("option")
            chosen = [o for o in options if o.has_attr("selected")]
            if element.has_attr("multiple"):
                data[name] = [o.attrs.get("value", o.text) for o in chosen]
            elif chosen or options:
                option = (chosen or options)[0]
                data[name] = option.attrs.get("value", option.text)
    return data
