"""A man page (roff, man(7) macros) made from a program's `-h` text.

The help text is the one description of the options the project keeps, so the man page
is derived from it when packaging instead of being written twice. The shape it expects
is the one xrun prints:

    usage: NAME SYNOPSIS...
    One or more lines saying what the program does.

    Heading:
      -X word         description, continued on lines
                      indented past the option column
      --long [--flag] [--other PATH]
                      description on the next lines

A one-word heading ("Options:") becomes a section (.SH), a longer one a subsection (.SS)
of the section before it; every "  -option" line starts a tagged paragraph (.TP) whose
option words are bold and argument words italic; other lines are plain text.
"""

import re


def escape(text: str) -> str:
    """Roff text: backslashes printed literally, a hyphen that starts an option word
    (or any hyphen in it) as \\- so that it prints and searches as an ASCII minus."""
    text = text.replace("\\", "\\e")
    return re.sub(r"(?:(?<=^)|(?<=[\s'\"(\[,]))(-+)([\w.-]*)",
                  lambda m: m.group(0).replace("-", "\\-"), text)


def line(text: str) -> str:
    """One roff text line: a leading '.' or "'" would be read as a request."""
    return "\\&" + text if text[:1] in (".", "'") else text


def option_spec(spec: str) -> str:
    """`-L path`, `-h, -help`, `--install-binfmt [--credential] [--interpreter PATH]`:
    option words bold, their arguments italic, punctuation roman."""
    out = []
    for token in re.findall(r"[\[\],]|[^\s\[\],]+|\s+", spec):
        if token.isspace() or token in "[],":
            out.append(" " if token.isspace() else token)
        elif token.startswith("-"):
            out.append("\\fB" + escape(token) + "\\fR")
        else:
            out.append("\\fI" + escape(token) + "\\fR")
    return "".join(out)


def manpage(help_text: str, name: str, section: str, version: str, date: str,
            extra_sections: list[tuple[str, list[str]]] = ()) -> str:
    """The man page for `help_text`. `extra_sections` are (title, paragraphs) appended
    after the help's own sections (FILES, SEE ALSO...); paragraphs are plain text."""
    lines = help_text.rstrip("\n").split("\n")
    m = re.match(r"usage:\s*(\S+)\s*(.*)", lines[0])
    if not m:
        raise ValueError(f"the help does not start with 'usage: {name} ...': {lines[0]!r}")
    synopsis = m.group(2)
    i = 1
    description = []
    while i < len(lines) and lines[i].strip():
        description.append(lines[i].strip())
        i += 1
    if not description:
        raise ValueError("the help has no description after its usage line")
    summary = description[0].rstrip(".")
    summary = summary[:1].lower() + summary[1:]

    out = [
        f'.TH {name.upper()} {section} "{date}" "{name} {version}" "User Commands"',
        ".SH NAME",
        f"{escape(name)} \\- {escape(summary)}",
        ".SH SYNOPSIS",
        f".B {name}",
        line(escape(synopsis)),
        ".SH DESCRIPTION",
        line(escape(" ".join(description))),
    ]

    item: list[str] | None = None   # the description words of the open .TP

    def close_item():
        nonlocal item
        if item:
            out.append(line(escape(" ".join(item))))
        item = None

    for raw in lines[i:]:
        if not raw.strip():
            close_item()
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        text = raw.strip()
        if indent == 0 and text.endswith(":"):
            close_item()
            title = text[:-1]
            if " " in title:
                out.append(f".SS {escape(title)}")
            else:
                out.append(f".SH {escape(title.upper())}")
        elif indent == 2 and text.startswith("-"):
            close_item()
            spec, rest = (re.split(r"\s{2,}", text, maxsplit=1) + [""])[:2]
            out.append(".TP")
            out.append(option_spec(spec))
            item = [rest.strip()] if rest.strip() else []
        elif item is not None and indent > 2:
            item.append(text)
        else:
            close_item()
            out.append(".PP")
            out.append(line(escape(text)))
    close_item()

    for title, paragraphs in extra_sections:
        out.append(f".SH {escape(title.upper())}")
        for n, p in enumerate(paragraphs):
            if n:
                out.append(".PP")
            out.append(line(escape(p)))
    return "\n".join(out) + "\n"
