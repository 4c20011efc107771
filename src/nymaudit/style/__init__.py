"""Writing style: text cleaning, dialect and locale features, habits, and the
linkage method that measures how well pseudonymous writing matches known writing.

Nothing here imports numpy at module import time; ``linkage`` imports it inside
the functions that need it.
"""
