"""Package data: the article JSON Schema (``article.schema.json``) and the place-name tables
more than one stage reads (``city_aliases.tsv``, ``designators.tsv``, through :mod:`khabar.towns`)."""
