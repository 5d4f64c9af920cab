from qtread.entry import main

if __name__ == "__main__":  # not when a spawned process (the reader's parse) imports it
    main()
