"""Answers to the MIIT questionnaire made to order (every item at its best or worst option, every scene at a
level), shared by the scoring and indications tests."""

from __future__ import annotations


def all_answers(miit_q, option_for_item, scene_level: int) -> dict:
    answers = {}
    for question in miit_q.questions():
        if question.points is not None:
            answers[question.id] = option_for_item(question)
        elif question.is_scene:
            answers[question.id] = f"L{scene_level}"
    return answers


def best(question):
    if question.type == "single":
        return max(question.options, key=lambda o: o.points).key
    return [o.key for o in question.options if not o.exclusive]


def worst(question):
    if question.type == "single":
        return min(question.options, key=lambda o: o.points).key
    return [next(o.key for o in question.options if o.exclusive)]
