"""khabar (خبر): Arabic news pages into a structured record of who said what, who did what to
whom, when and where, every fact traceable to the sentence it came from."""

__version__ = "0.1.0"
