from nymaudit.cli import main

main()
