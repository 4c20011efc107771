def main() -> None:
    raise SystemExit("nymaudit: the CLI is being built")
