"""Package data: the article JSON Schema (``article.schema.json``)."""
