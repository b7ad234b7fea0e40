import pytest

from khabar.web.outlines import path_points, robinson, simplified


@pytest.mark.parametrize("d, rings", [
    ("m10 20 l5 0 0 5z", [[(10, 20), (15, 20), (15, 25)]]),
    ("M10 20L15 20L15 25Z", [[(10, 20), (15, 20), (15, 25)]]),
    ("m0 0h4v3c1 1 2 2 -4 -3", [[(0, 0), (4, 0), (4, 3), (0, 0)]]),
    ("m1 1 2 0m5 5 1 1", [[(1, 1), (3, 1)], [(8, 6), (9, 7)]]),
])
def test_path_points_follow_relative_and_absolute_commands(d, rings):
    assert path_points(d) == rings


def test_simplified_rounds_and_drops_repeated_points():
    assert simplified([[(0.2, 0.1), (0.4, 0.3), (10.6, 0.2), (10.4, 9.8)]]) == "M0 0L11 0L10 10Z"
    assert simplified([[(0, 0), (0.2, 0.2)]]) == ""  # too small to draw


def test_robinson_is_symmetric_and_flattens_the_poles():
    x, y = robinson(45, 30)
    assert robinson(-45, 30) == (x, -y)
    assert robinson(90, 30)[0] < robinson(0, 30)[0]
