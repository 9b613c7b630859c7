"""Messages the core gives a person, in Chinese, that another interface language can say in its own words.

``say("不能大于 {limit}{unit}", limit="100000", unit="人")`` is the Chinese sentence itself (a ``str``: the CLI,
the logs, files and every existing caller see exactly the text they saw before) that also remembers its
template and values. The desktop interface translates the template (Qt context ``core``, extracted from the
``say()`` calls by ``zgsz_desktop/translations.py``) and fills in the values, themselves translated when they are
messages or texts from the questionnaires. A template is a literal with named placeholders, never built at run
time, so that the extraction sees every one.
"""

from __future__ import annotations

from collections.abc import Callable


class Said(str):
    """A Chinese message that knows its template and values (see the module docstring)."""

    template: str
    params: dict[str, object]

    def __new__(cls, template: str, /, **params: object) -> Said:
        message = super().__new__(cls, template.format(**params))
        message.template = template
        message.params = params
        return message

    # pickled to and from worker processes whole, not as its text
    def __reduce__(self) -> tuple[Callable[[str, dict[str, object]], Said], tuple[str, dict[str, object]]]:
        return (_restore, (self.template, self.params))


def _restore(template: str, params: dict[str, object]) -> Said:
    return Said(template, **params)


def say(template: str, /, **params: object) -> Said:
    """The message ``template`` filled with ``params``, in Chinese, keeping both for translation."""
    return Said(template, **params)
