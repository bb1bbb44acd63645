"""HTML from the Jinja2 templates in ``templates/``, one per kind, autoescaped."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import jinja2
import markupsafe

from .context import View
from .errors import RenderError

TEMPLATES = Path(__file__).resolve().parent / "templates"


def css_string(text: str) -> str:
    """``text`` inside a CSS string literal: quotes, backslashes and line breaks escaped."""
    return markupsafe.Markup("".join(f"\\{ord(c):x} " if c in "\"'\\\n\r<>&" else c for c in str(text)))


@lru_cache(maxsize=4)
def environment(folder: Path) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader([str(folder), str(TEMPLATES)]),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True,
                             undefined=jinja2.ChainableUndefined)
    env.filters["css_string"] = css_string
    return env


def render_html(view: View, template: Path | None = None) -> str:
    """The page for ``view``: ``template`` (a Jinja2 HTML file) or the kind's default."""
    if template is None:
        return environment(TEMPLATES).get_template(f"{view.kind}.html").render(v=view.as_dict())
    try:
        return environment(template.resolve().parent).get_template(template.name).render(v=view.as_dict())
    except jinja2.TemplateError as err:
        raise RenderError(f"{template}: template error ({err})") from None
    except UnicodeDecodeError:
        raise RenderError(f"{template}: not a UTF-8 text template") from None
