import pytest

from domain.knowledge.fusion import reciprocal_rank_fusion


def test_items_ranked_well_by_both_lists_win():
    fused = reciprocal_rank_fusion([["a", "b", "c"], ["c", "a", "d"]], k=60)
    assert [key for key, _ in fused] == ["a", "c", "b", "d"]
    assert fused[0][1] == pytest.approx(1 / 61 + 1 / 62)


def test_weights_and_duplicates():
    fused = dict(reciprocal_rank_fusion([["a", "a", "b"], ["b"]], k=1, weights=[1.0, 3.0]))
    assert fused == {"a": pytest.approx(1 / 2), "b": pytest.approx(1 / 3 + 3 / 2)}
    with pytest.raises(ValueError):
        reciprocal_rank_fusion([["a"]], weights=[1.0, 2.0])


def test_empty_lists_fuse_to_nothing_and_ties_keep_order():
    assert reciprocal_rank_fusion([[], []]) == []
    assert [k for k, _ in reciprocal_rank_fusion([["x"], ["y"]])] == ["x", "y"]
