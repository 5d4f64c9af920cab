from qtread.entry import main

main()
