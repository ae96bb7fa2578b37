import pytest

from saidwhat.rules import Registry


def test_register_and_find_a_rule():
    reg = Registry("statement")

    @reg.register("tiny.example_v1")
    def example(x: int) -> int:
        """Doubles."""
        return 2 * x

    rule = reg.get("tiny.example_v1")
    assert rule.func(2) == 4 and rule.kind == "statement" and rule.doc == "Doubles."
    assert "tiny.example_v1" in reg and reg.names() == ["tiny.example_v1"]


def test_names_must_carry_a_version():
    reg = Registry("type")
    with pytest.raises(ValueError, match="versioned"):
        reg.register("tiny.example")


def test_a_name_is_taken_once():
    reg = Registry("event")
    reg.register("tiny.one_v1")(lambda: 1)
    with pytest.raises(ValueError, match="registered twice"):
        reg.register("tiny.one_v1")(len)


def test_unknown_rule_names_the_kind():
    with pytest.raises(KeyError, match="no speaker rule named"):
        Registry("speaker").get("nope_v1")
