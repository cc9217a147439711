# Assigning to a keyword.
True = 1
