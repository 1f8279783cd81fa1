from mediflow.cli.main import main

main()
