from qtread.cli import main

main()
