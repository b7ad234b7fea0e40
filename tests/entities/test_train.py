"""Training plumbing: the held-out slice of the train part used to choose features."""

from khabar.entities.train import holdout, split


def test_holdout_splits_the_train_part_never_the_test_part():
    sentences = [[(f"w{i}", "O")] * 6 for i in range(12)]
    train, test = split(sentences)
    fit, held = holdout(train)
    assert fit + held == train
    assert held and fit
    assert not any(s in test for s in held)
