try:
    from nymaudit.cli import main
except KeyboardInterrupt:  # Ctrl-C while the modules load: one line, no traceback (s11)
    import sys

    sys.stderr.write("nymaudit: interrupted: no report written\n")
    raise SystemExit(130) from None

main()
