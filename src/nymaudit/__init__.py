"""nymaudit: see what an investigator could learn from a pseudonymous account."""

__version__ = "0.1.0"
