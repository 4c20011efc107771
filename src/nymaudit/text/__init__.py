"""Text signals: normalisation, named places, links, self-disclosures and the
private watchlist. Detectors in ``nymaudit.detectors`` call into this package;
everything here is pure (no printing, no file writes) and bounded in time."""
