# Helper module that fails while importing.
print("broken_mod: partially executed")
partial_value = 1
raise RuntimeError("broken_mod failed to import")
