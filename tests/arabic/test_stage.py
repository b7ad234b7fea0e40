from khabar.arabic import Token
from khabar.arabic.stage import Options, run
from khabar.model import Article, Source


def test_stage_fills_tokens_and_sentences_per_unit():
    article = Article(id="a", source=Source(kind="text", path="x.txt"), headline="عاجل: انتهى الاجتماع",
                      body=["قال د. أحمد: «نعم». ثم غادر.", "", "فقرة ثالثة."])
    run(article, Options())
    tokens = article.annotations["tokens"]
    sentences = article.annotations["sentences"]
    assert set(tokens) == {("headline", 0), ("body", 0), ("body", 2)}
    assert all(isinstance(t, Token) for t in tokens[("body", 0)])
    for (field, paragraph), toks in tokens.items():
        text = article.unit(field, paragraph)
        assert all(text[t.start:t.end] == t.text for t in toks)
    body = article.unit("body", 0)
    assert [body[s:e] for s, e in sentences[("body", 0)]] == ["قال د. أحمد: «نعم».", "ثم غادر."]
