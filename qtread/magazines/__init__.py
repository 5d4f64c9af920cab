"""Magazine profiles: what qtread knows about one magazine, as data (one TOML file each)."""
