"""Input readers, one module per format; ``detect.py`` picks one by content."""

# Modules under nymaudit.sources that expose READER, in the order ties are broken.
READER_MODULES: tuple[str, ...] = (
    "twitter",
    "mastodon",
    "bluesky",
    "reddit",
    "wordpress",
    "medium",
    "substack",
    "facebook",
    "instagram",
    "git",
    "blog",
    "generic",
    "attachment",
)
