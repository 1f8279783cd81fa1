from __future__ import annotations

import pytest
from pydantic import BaseModel

from mediflow.training.stages import Stage, UnknownStageError, get_stage, register_stage, stage_names


def test_every_builtin_stage_is_registered() -> None:
    assert stage_names() == ["dpo", "evaluate", "merge", "pit", "sft", "slerp"]
    assert get_stage("pit").name == "pit"
    assert get_stage("evaluate").produces_model is False


def test_unknown_stage_names_the_known_ones() -> None:
    with pytest.raises(
        UnknownStageError, match=r"unknown training stage 'distill'; valid: dpo, evaluate, merge, pit"
    ):
        get_stage("distill")


def test_a_name_cannot_be_registered_twice() -> None:
    with pytest.raises(ValueError, match="already registered"):
        register_stage(Stage("pit", BaseModel, lambda config, ctx: {}))
