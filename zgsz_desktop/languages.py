"""The interface languages and the names their translations go by: small, so that the app's start (which
loads the chosen language) does not import the translation tooling in ``translations.py``."""

from __future__ import annotations

SOURCE_LANGUAGE = "zh_CN"
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}  # each in its own language: never translated
PSEUDO = "pseudo"  # the test locale: English made 40 % longer and accented, to find clipped text
CONTENT_CONTEXT = "content"  # texts from data: questionnaires, reference lists, plan editions, advice
CORE_CONTEXT = "core"  # messages the core composes with messages.say()


def qm_name(language: str) -> str:
    return f"zgsz_{language}.qm"
